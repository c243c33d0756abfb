namespace Briefing.Export.Pdf;

/// <summary>The PDF/A output intent (ISO 19005-2, 6.2.3): sRGB, with its ICC profile embedded.</summary>
internal static class OutputIntent
{
    // The same profile goes into every file: made and compressed once, never changed.
    private static readonly byte[] CompressedProfile = PdfFile.Compress(SrgbProfile.Create());

    public static PdfRef Write(PdfFile file)
    {
        var profile = file.AddCompressedStream(new PdfBytes().Raw("/N 3"), CompressedProfile);
        return file.Add(new PdfBytes().Raw("<</Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier ")
            .Literal(SrgbProfile.Name).Raw(" /Info ").Literal(SrgbProfile.Name).Raw(" /DestOutputProfile ").Reference(profile).Raw(">>"));
    }
}
