using Briefing.Layout.Pages;
using Briefing.Text;

namespace Briefing.Export.Pdf;

/// <summary>
/// What a PDF needs of one font for the glyphs and characters a document draws with it: the subset (with the space
/// glyph added, which a tagged PDF shows where a line breaks), the subset's metrics, the character of each glyph in the
/// font's own character map, and the code of the space. A pure function of the font and the two sets, so a batch
/// makes it once (<see cref="FontSubsets.Prepared{T}"/>) and shares it between threads; nothing in it changes.
/// </summary>
internal sealed record PreparedFont(FontSubset? Subset, FontProgram Program, IReadOnlyDictionary<ushort, int> CmapReverse, int? SpaceCode)
{
    /// <summary>The /W array of the font's CIDFont: every code's advance in thousandths of an em.</summary>
    public byte[] Widths { get; } = WidthsArray(Program.Widths);

    public static PreparedFont Make(EmbeddedFont font, ushort[] glyphs, int[] codepoints)
    {
        var reverse = ReverseCmap(font, [.. codepoints, ' ']);
        var space = reverse.FirstOrDefault(p => p.Value == ' ').Key;
        // The space glyph comes along even where no run draws it: a tagged PDF shows it where a line breaks.
        if (space > 0 && !glyphs.Contains(space))
        {
            glyphs = [.. glyphs.Append(space).Order()];
            codepoints = [.. codepoints.Append(' ').Order()];
        }
        var subset = font.Subsets.Get(font.Data, font.FaceIndex, glyphs, codepoints);
        var data = subset?.Data ?? font.Data.ToArray();
        var program = FontProgram.Read(data, subset is null ? font.FaceIndex : 0);
        int? spaceCode = space > 0 ? subset is null ? space : subset.NewGlyph(space) : null;
        return new PreparedFont(subset, program, reverse, spaceCode);
    }

    private static byte[] WidthsArray(float[] widths)
    {
        var array = new PdfBytes(widths.Length * 5 + 16).Raw("[0 [");
        for (var code = 0; code < widths.Length; code++)
        {
            if (code > 0)
            {
                array.Space();
            }
            array.Real(widths[code]);
        }
        return array.Raw("]]").ToArray();
    }

    private static unsafe Dictionary<ushort, int> ReverseCmap(EmbeddedFont font, int[] codepoints)
    {
        var reverse = new Dictionary<ushort, int>();
        using var pin = font.Data.Pin();
        using var blob = new HarfBuzzSharp.Blob((IntPtr)pin.Pointer, font.Data.Length, HarfBuzzSharp.MemoryMode.ReadOnly);
        using var face = new HarfBuzzSharp.Face(blob, font.FaceIndex);
        using var hbFont = new HarfBuzzSharp.Font(face);
        foreach (var codepoint in codepoints)
        {
            if (hbFont.TryGetGlyph((uint)codepoint, out var glyph) && glyph != 0 && glyph <= ushort.MaxValue)
            {
                reverse.TryAdd((ushort)glyph, codepoint);
            }
        }
        return reverse;
    }
}
