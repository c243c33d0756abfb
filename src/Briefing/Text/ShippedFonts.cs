namespace Briefing.Text;

/// <summary>
/// The Noto families that ship with Briefing (SIL Open Font License, see Text/Fonts/OFL.txt): a serif for body text,
/// a sans for headings and tables, a monospace, and the Arabic and Hebrew companions of the serif and the sans.
/// The built-in theme uses only these, so a document comes out the same on every machine.
/// </summary>
internal static class ShippedFonts
{
    public const string Serif = "Noto Serif";
    public const string Sans = "Noto Sans";
    public const string Mono = "Noto Sans Mono";

    /// <summary>In the order a character no requested family has is looked for.</summary>
    public static IReadOnlyList<ShippedFont> All { get; } =
    [
        new(Serif, false, false, "NotoSerif-Regular.ttf"),
        new(Serif, true, false, "NotoSerif-Bold.ttf"),
        new(Serif, false, true, "NotoSerif-Italic.ttf"),
        new(Serif, true, true, "NotoSerif-BoldItalic.ttf"),
        new(Sans, false, false, "NotoSans-Regular.ttf"),
        new(Sans, true, false, "NotoSans-Bold.ttf"),
        new(Sans, false, true, "NotoSans-Italic.ttf"),
        new(Sans, true, true, "NotoSans-BoldItalic.ttf"),
        new(Mono, false, false, "NotoSansMono-Regular.ttf"),
        new(Mono, true, false, "NotoSansMono-Bold.ttf"),
        new("Noto Naskh Arabic", false, false, "NotoNaskhArabic-Regular.ttf"),
        new("Noto Naskh Arabic", true, false, "NotoNaskhArabic-Bold.ttf"),
        new("Noto Sans Arabic", false, false, "NotoSansArabic-Regular.ttf"),
        new("Noto Sans Arabic", true, false, "NotoSansArabic-Bold.ttf"),
        new("Noto Serif Hebrew", false, false, "NotoSerifHebrew-Regular.ttf"),
        new("Noto Serif Hebrew", true, false, "NotoSerifHebrew-Bold.ttf"),
        new("Noto Sans Hebrew", false, false, "NotoSansHebrew-Regular.ttf"),
        new("Noto Sans Hebrew", true, false, "NotoSansHebrew-Bold.ttf"),
    ];

    /// <summary>Each shipped family once, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Families { get; } = All.Select(f => f.Family).Distinct().ToArray();

    /// <summary>The default theme's lists: each Latin, Greek and Cyrillic family followed by its Arabic and Hebrew companions.</summary>
    public static IReadOnlyList<string> BodyFamilies { get; } = [Serif, "Noto Naskh Arabic", "Noto Serif Hebrew"];

    public static IReadOnlyList<string> HeadingFamilies { get; } = [Sans, "Noto Sans Arabic", "Noto Sans Hebrew"];

    public static IReadOnlyList<string> MonoFamilies { get; } = [Mono, "Noto Sans Arabic", "Noto Sans Hebrew"];

    /// <summary>The file of <paramref name="family"/> closest to the style asked for (a missing italic is upright), or null.</summary>
    public static ShippedFont? Find(string family, bool bold, bool italic)
    {
        ShippedFont? best = null;
        var bestScore = int.MaxValue;
        foreach (var font in All)
        {
            if (!string.Equals(font.Family, family, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var score = (font.Bold == bold ? 0 : 2) + (font.Italic == italic ? 0 : 1);
            if (score < bestScore)
            {
                best = font;
                bestScore = score;
            }
        }
        return best;
    }
}
