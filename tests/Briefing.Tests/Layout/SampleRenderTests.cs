using Briefing.Export;
using Briefing.Export.Pdf;

namespace Briefing.Tests.Layout;

public sealed class SampleRenderTests
{
    [Fact]
    public void Sample_document_lays_out_and_exports()
    {
        var document = Render.Document(SampleDocument.Markdown);
        using var pdf = new MemoryStream();
        PdfExporter.Write(document, pdf);
        Assert.True(pdf.Length > 1000);
        using var png = new MemoryStream();
        PngExporter.Write(document, 0, 40, png);
        Assert.True(png.Length > 1000);
        var outDir = Environment.GetEnvironmentVariable("BRIEFING_SAMPLE_OUT");
        if (outDir is not null)
        {
            File.WriteAllBytes(Path.Combine(outDir, "sample.pdf"), pdf.ToArray());
            for (var i = 0; i < document.Pages.Count; i++)
            {
                using var file = File.Create(Path.Combine(outDir, $"sample-{i + 1}.png"));
                PngExporter.Write(document, i, 80, file);
            }
        }
    }
}
