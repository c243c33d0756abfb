namespace Briefing.Export.Pdf;

/// <summary>
/// Writes a font as a Type 0 font with Identity-H (ISO 32000-1, 9.7): a CIDFontType2 over TrueType outlines
/// (FontFile2), or a CIDFontType0 over CFF outlines (FontFile3 /OpenType), never a Type 3 font. Codes are the
/// subset's glyph ids, the /W array gives every glyph's exact advance, and ToUnicode maps codes to their text.
/// </summary>
internal static class CidFontWriter
{
    public static void Write(PdfFile file, PdfRef type0, FontUse font)
    {
        var program = font.Program;
        var baseFont = font.BaseFontName();
        var fontFile = file.Reserve();
        file.SetCompressedStream(fontFile, program.IsCff
            ? new PdfBytes().Raw("/Subtype /OpenType")
            : new PdfBytes().Raw("/Length1 ").Int(program.Data.Length), font.CompressedProgram);

        var flags = 4 | (program.FixedPitch ? 1 : 0) | (program.ItalicAngle != 0 ? 64 : 0);
        var descriptor = new PdfBytes()
            .Raw("<</Type /FontDescriptor /FontName ").Name(baseFont)
            .Raw(" /Flags ").Int(flags)
            .Raw(" /FontBBox [").Int(program.BoundingBox[0]).Space().Int(program.BoundingBox[1]).Space()
            .Int(program.BoundingBox[2]).Space().Int(program.BoundingBox[3]).Raw("]")
            .Raw(" /ItalicAngle ").Real(program.ItalicAngle, 2)
            .Raw(" /Ascent ").Int(program.Ascent).Raw(" /Descent ").Int(program.Descent)
            .Raw(" /CapHeight ").Int(program.CapHeight)
            // No font file states its stem width; 80 is the customary middle value readers use for hinting only.
            .Raw(" /StemV 80 ")
            .Raw(program.IsCff ? "/FontFile3 " : "/FontFile2 ").Reference(fontFile).Raw(">>");
        var descriptorRef = file.Add(descriptor);

        var cid = new PdfBytes(font.Widths.Length + 300)
            .Raw("<</Type /Font /Subtype ").Raw(program.IsCff ? "/CIDFontType0" : "/CIDFontType2")
            .Raw(" /BaseFont ").Name(baseFont)
            .Raw(" /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor ").Reference(descriptorRef)
            .Raw(" /DW 0 /W ").Raw(font.Widths);
        if (!program.IsCff)
        {
            cid.Raw(" /CIDToGIDMap /Identity");
        }
        cid.Raw(">>");
        var cidRef = file.Add(cid);

        var toUnicode = file.AddCompressedStream(new PdfBytes(), font.CompressedToUnicode(file));
        file.Set(type0, new PdfBytes()
            .Raw("<</Type /Font /Subtype /Type0 /BaseFont ").Name(baseFont)
            .Raw(" /Encoding /Identity-H /DescendantFonts [").Reference(cidRef)
            .Raw("] /ToUnicode ").Reference(toUnicode).Raw(">>"));
    }
}
