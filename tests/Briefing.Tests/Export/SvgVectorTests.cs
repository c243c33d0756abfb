using Briefing.Layout.Pages;
using Briefing.Tests.Infrastructure;
using Briefing.Tests.Layout;
using SkiaSharp;

namespace Briefing.Tests.Export;

/// <summary>An SVG image stays vectors in the PDF: path operators, no image XObject, a tagged figure with its alt text.</summary>
public sealed class SvgVectorTests
{
    // Rounded corners, circles, an arc, a rotated group, a polygon, an ellipse, a smooth quadratic curve, opacity.
    private const string Seal = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 120" width="200" height="120">
          <rect x="2" y="2" width="196" height="116" rx="12" fill="#eef3fb" stroke="#1f3864" stroke-width="3"/>
          <circle cx="60" cy="60" r="40" fill="#1f3864"/>
          <circle cx="60" cy="60" r="28" fill="none" stroke="#f0c419" stroke-width="4"/>
          <path d="M 110 90 A 30 30 0 0 1 170 90 Z" fill="#c0392b" fill-opacity="0.6"/>
          <g transform="translate(140 40) rotate(45)"><rect x="-12" y="-12" width="24" height="24" fill="#2e8b57"/></g>
          <polygon points="100,20 110,40 90,40" fill="#f0c419"/>
          <ellipse cx="150" cy="100" rx="20" ry="8" fill="none" stroke="#1f3864" stroke-width="2"/>
          <path d="M 100 60 Q 120 40 140 60 T 180 60" fill="none" stroke="#8e44ad" stroke-width="2" stroke-linecap="round"/>
        </svg>
        """;

    private const string Markdown = "# Seal\n\n![Seal of the Ministry](seal.svg){width=200pt}\n";

    [Fact]
    public void An_svg_is_path_operators_in_a_tagged_figure_and_no_image()
    {
        using var folder = new TemporaryFolder();
        folder.Write("seal.svg", Seal);

        var pdf = Render.Pdf(Markdown, null, folder.Path);

        var file = ExternalTool.Uncompressed(pdf);
        Assert.DoesNotContain("/Subtype /Image", file);
        Assert.DoesNotContain(" Do", file);
        // Cubic curves: nothing else on the page draws them.
        Assert.Contains(" c\n", file);
        Assert.Contains(" m\n", file);
        Assert.Empty(PdfConformance.Check(pdf));
        var (_, tree) = ExternalTool.RunOnPdf(pdf, "pdfinfo", "-struct-text", "{pdf}");
        Assert.Contains("Figure", tree);
        Assert.Contains("/Alt (Seal of the Ministry)", file);
    }

    [Fact]
    public void The_drawing_lands_where_layout_put_the_image_with_its_shapes_and_transforms()
    {
        using var folder = new TemporaryFolder();
        folder.Write("seal.svg", Seal);
        var document = Render.Document(Markdown, null, folder.Path);
        var image = Assert.Single(document.Pages[0].Items.OfType<ImageItem>());
        var pdf = BriefingRenderer.ToPdf(document);

        using var page = Raster(pdf);

        // SVG user units to page points: the image is 200 units wide.
        var scale = image.Width / 200f;
        SKColor At(float x, float y) => page.GetPixel((int)Math.Round(image.X + x * scale), (int)Math.Round(image.Y + y * scale));
        AssertNear(new SKColor(0x1f, 0x38, 0x64), At(60, 60));    // the disc
        AssertNear(new SKColor(0xf0, 0xc4, 0x19), At(60, 32));    // its gold ring, stroked
        AssertNear(new SKColor(0x2e, 0x8b, 0x57), At(140, 40));   // the rotated square's centre
        AssertNear(new SKColor(0x2e, 0x8b, 0x57), At(140, 55));   // its lower corner, which an unrotated square lacks
        AssertNear(new SKColor(0xee, 0xf3, 0xfb), At(153, 28));   // beside the square: the card's fill
        // 60 % of #c0392b over the card's #eef3fb.
        AssertNear(new SKColor(0xd2, 0x83, 0x7d), At(140, 80));
        AssertNear(new SKColor(0xee, 0xf3, 0xfb), At(112, 70));   // outside the arc
    }

    [Fact]
    public void An_svg_with_text_is_drawn_as_an_image_instead()
    {
        using var folder = new TemporaryFolder();
        folder.Write("seal.svg", """<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><text x="5" y="30" font-size="20">Seal</text></svg>""");

        var file = ExternalTool.Uncompressed(Render.Pdf(Markdown, null, folder.Path));

        Assert.Contains("/Subtype /Image", file);
    }

    private static SKBitmap Raster(byte[] pdf)
    {
        using var folder = new TemporaryFolder();
        var path = folder.Combine("page.pdf");
        File.WriteAllBytes(path, pdf);
        var (exit, output) = ExternalTool.Run("pdftoppm", "-r", "72", "-png", "-f", "1", "-l", "1", "-singlefile", path, folder.Combine("page"));
        Assert.True(exit == 0, output);
        return SKBitmap.Decode(folder.Combine("page.png"));
    }

    private static void AssertNear(SKColor expected, SKColor actual)
    {
        var distance = Math.Abs(expected.Red - actual.Red) + Math.Abs(expected.Green - actual.Green) + Math.Abs(expected.Blue - actual.Blue);
        Assert.True(distance <= 24, $"expected {expected}, got {actual}");
    }
}
