namespace Briefing.Export.Pdf;

/// <summary>The PDF/A output intent (ISO 19005-2, 6.2.3): sRGB, with its ICC profile embedded.</summary>
internal static class OutputIntent
{
    public static PdfRef Write(PdfFile file)
    {
        var profile = file.AddStream(new PdfBytes().Raw("/N 3"), SrgbProfile.Create());
        return file.Add(new PdfBytes().Raw("<</Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier ")
            .Literal(SrgbProfile.Name).Raw(" /Info ").Literal(SrgbProfile.Name).Raw(" /DestOutputProfile ").Reference(profile).Raw(">>"));
    }
}
