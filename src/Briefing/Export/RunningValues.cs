using Briefing.Layout.Pages;

namespace Briefing.Export;

/// <summary>The placeholders of a banner, header or footer that do not depend on the page, filled from the metadata.</summary>
internal static class RunningValues
{
    /// <summary>
    /// The theme's text with its placeholders filled as the PDF's pages fill them; <c>{page}</c> and <c>{pages}</c>
    /// stay for the writer, or go when <paramref name="withoutPages"/>.
    /// </summary>
    public static string Fill(string template, DocumentMetadata metadata, bool withoutPages = false) =>
        RunningPlaceholders.Fill(template, metadata, withoutPages ? "" : null, withoutPages ? "" : null);

    /// <summary>The banner's text and colour, or null when the theme has none or it comes out empty.</summary>
    public static (string Text, Rgba Colour)? Banner(Layout.Theme theme, DocumentMetadata metadata)
    {
        if (theme.Banner is not { } banner)
        {
            return null;
        }
        var text = Fill(banner.Text, metadata, withoutPages: true).Trim();
        var colour = banner.Colours.TryGetValue(metadata.Classification ?? "", out var c) ? c : banner.Colour;
        return text.Length == 0 ? null : (text, colour);
    }
}
