namespace Briefing.Export.Pdf;

/// <summary>
/// The ToUnicode CMap of a font (ISO 32000-1, 9.10.3): each two-byte code to the UTF-16 text it shows, several
/// characters for a ligature, so that search and copy find "officials" where the page shows the ﬃ ligature.
/// </summary>
internal static class ToUnicodeCMap
{
    // A CMap's bfchar sections hold at most 100 entries each (Adobe technical note 5014).
    private const int PerSection = 100;

    public static ReadOnlySpan<byte> Create(IReadOnlyDictionary<int, string> unicode)
    {
        var cmap = new PdfBytes(unicode.Count * 16 + 400);
        cmap.Raw("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Raw("/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n")
            .Raw("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Raw("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var codes = unicode.Keys.Order().ToArray();
        for (var start = 0; start < codes.Length; start += PerSection)
        {
            var count = Math.Min(PerSection, codes.Length - start);
            cmap.Int(count).Raw(" beginbfchar\n");
            for (var i = start; i < start + count; i++)
            {
                cmap.Byte((byte)'<').Hex16(codes[i]).Raw("> <");
                foreach (var c in unicode[codes[i]])
                {
                    cmap.Hex16(c);
                }
                cmap.Raw(">\n");
            }
            cmap.Raw("endbfchar\n");
        }
        cmap.Raw("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmap.Span;
    }
}
