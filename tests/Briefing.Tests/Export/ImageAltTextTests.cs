using Briefing.Diagnostics;
using Briefing.Layout.Pages;
using Briefing.Tests.Infrastructure;
using Briefing.Tests.Layout;
using Briefing.Tests.Templating;
using SkiaSharp;

namespace Briefing.Tests.Export;

/// <summary>An image says in words what it shows, or the template marks it decorative and it becomes an artifact.</summary>
public sealed class ImageAltTextTests
{
    [Fact]
    public void An_image_without_alternative_text_is_an_error_at_its_template_line()
    {
        using var folder = new TemporaryFolder();
        Template(folder, "---\ntitle: Seal\n---\n\nThe seal of the ministry:\n\n  ![]({{ 'seal' }}.png)\n");

        var result = RenderTemplate(folder);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(Path.Combine(folder.Combine("templates"), "plain", "template.sbn"), error.File);
        Assert.Equal((7, 3), (error.Line, error.Column));
        Assert.Equal("image `seal.png` has no alternative text", error.Message);
        Assert.Contains("![Seal of the Ministry](seal.png)", error.Hint);
        Assert.Contains("![](seal.png){.decorative}", error.Hint);
    }

    [Fact]
    public void An_image_without_alternative_text_stops_layout()
    {
        using var folder = new TemporaryFolder();
        WritePng(folder.Combine("seal.png"));

        var result = Render.Layout("Text.\n\n![](seal.png)\n", baseDirectory: folder.Path);

        Assert.Null(result.Document);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("test.md:3:1: error: image `seal.png` has no alternative text", error.ToString()[..error.ToString().IndexOf(" (", StringComparison.Ordinal)]);
    }

    [Fact]
    public void An_image_inside_a_paragraph_without_alternative_text_is_an_error_at_its_template_line()
    {
        using var folder = new TemporaryFolder();
        Template(folder, "---\ntitle: Seal\n---\n\nIssued under the seal ![]({{ 'seal' }}.png) of the ministry.\n");

        var result = RenderTemplate(folder);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(Path.Combine(folder.Combine("templates"), "plain", "template.sbn"), error.File);
        Assert.Equal((5, 23), (error.Line, error.Column));
        Assert.Equal("image `seal.png` has no alternative text", error.Message);
        Assert.Contains("![](seal.png){.decorative}", error.Hint);
    }

    [Theory]
    [InlineData("Issued under the seal ![](seal.png) of the ministry.\n", "test.md:1:23")]
    [InlineData("# The seal ![](seal.png) of the ministry\n", "test.md:1:12")]
    [InlineData("| Office | Seal |\n|---|---|\n| Riyadh | Seal ![](seal.png) here |\n", "test.md:3:17")]
    [InlineData("| Office | Seal |\n|---|---|\n| Riyadh | ![](seal.png) |\n", "test.md:3:12")]
    public void An_image_among_text_without_alternative_text_is_reported_once_and_stops_layout(string markdown, string place)
    {
        using var folder = new TemporaryFolder();
        WritePng(folder.Combine("seal.png"));

        var result = Render.Layout(markdown, baseDirectory: folder.Path);

        Assert.Null(result.Document);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal($"{place}: error: image `seal.png` has no alternative text", error.ToString()[..error.ToString().IndexOf(" (", StringComparison.Ordinal)]);
    }

    [Fact]
    public void A_decorative_image_inside_a_paragraph_is_no_error()
    {
        using var folder = new TemporaryFolder();
        WritePng(folder.Combine("seal.png"));

        var result = Render.Layout("Issued under the seal ![](seal.png){.decorative} of the ministry.\n", baseDirectory: folder.Path);

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Document);
    }

    [Fact]
    public void A_decorative_image_is_drawn_as_an_artifact_and_is_no_figure()
    {
        using var folder = new TemporaryFolder();
        WritePng(folder.Combine("seal.png"));

        var result = Render.Layout("# Title\n\n![](seal.png){.decorative}\n\nText after.\n", baseDirectory: folder.Path);

        Assert.Empty(result.Diagnostics);
        var image = Assert.Single(result.Document!.Pages[0].Items.OfType<ImageItem>());
        Assert.Equal(BlockRole.Artifact, image.Tag.Role);
        var pdf = BriefingRenderer.ToPdf(result.Document);
        Assert.Empty(PdfConformance.Check(pdf));
        var (_, tree) = ExternalTool.RunOnPdf(pdf, "pdfinfo", "-struct-text", "{pdf}");
        Assert.DoesNotContain("Figure", tree);
        Assert.Contains("Text after.", tree);
        // The image is drawn inside an artifact sequence.
        var content = ExternalTool.Uncompressed(pdf);
        var draw = content.IndexOf(" Do ", StringComparison.Ordinal);
        Assert.True(draw > 0);
        Assert.True(content.LastIndexOf("/Artifact", draw, StringComparison.Ordinal) > content.LastIndexOf("EMC", draw, StringComparison.Ordinal));
    }

    [Fact]
    public void An_image_with_alternative_text_is_a_figure_with_alt()
    {
        using var folder = new TemporaryFolder();
        WritePng(folder.Combine("seal.png"));

        var pdf = Briefing.Tests.Layout.Render.Pdf("# Title\n\n![Seal of the Ministry](seal.png)\n", null, folder.Path);

        var (_, tree) = ExternalTool.RunOnPdf(pdf, "pdfinfo", "-struct-text", "{pdf}");
        Assert.Contains("Figure", tree);
        Assert.Contains("/Alt (Seal of the Ministry)", ExternalTool.Uncompressed(pdf));
    }

    [Fact]
    public void A_decorative_image_keeps_its_caption_as_text()
    {
        using var folder = new TemporaryFolder();
        WritePng(folder.Combine("seal.png"));

        var pdf = Briefing.Tests.Layout.Render.Pdf("![](seal.png \"Issued in Riyadh\"){.decorative}\n", null, folder.Path);

        var (_, tree) = ExternalTool.RunOnPdf(pdf, "pdfinfo", "-struct-text", "{pdf}");
        Assert.DoesNotContain("Figure", tree);
        Assert.Contains("Issued in Riyadh", tree);
    }

    private static void Template(TemporaryFolder folder, string template)
    {
        folder.Write("templates/plain/template.sbn", template);
        WritePng(folder.Combine("templates", "plain", "seal.png"));
    }

    private static RenderResult RenderTemplate(TemporaryFolder folder)
    {
        using var renderer = new BriefingRenderer();
        return renderer.Render(SampleSheets.Minimal(), "minimal.yaml", new RenderOptions(folder.Combine("templates"), "plain") { SystemFonts = false });
    }

    private static void WritePng(string path)
    {
        using var bitmap = new SKBitmap(40, 20);
        bitmap.Erase(new SKColor(30, 90, 160));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }
}
