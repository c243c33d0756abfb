using Briefing.Export;
using Briefing.Tests.Layout;
using SkiaSharp;

namespace Briefing.Tests.Export;

public sealed class PngExporterTests
{
    [Fact]
    public void Renders_a_page_at_the_requested_resolution_with_ink_on_it()
    {
        var document = Render.Document("# Title\n\nSome text.");
        using var stream = new MemoryStream();
        PngExporter.Write(document, 0, 72, stream);
        using var bitmap = SKBitmap.Decode(stream.ToArray());
        Assert.Equal(596, bitmap.Width);
        Assert.Equal(842, bitmap.Height);
        var dark = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                if (bitmap.GetPixel(x, y).Red < 128)
                {
                    dark++;
                }
            }
        }
        Assert.True(dark > 100, $"{dark} dark pixels");
    }

    [Fact]
    public void Same_document_gives_the_same_png()
    {
        var document = Render.Document(SampleDocument.Markdown);
        using var a = new MemoryStream();
        using var b = new MemoryStream();
        PngExporter.Write(document, 0, 50, a);
        PngExporter.Write(document, 0, 50, b);
        Assert.Equal(a.ToArray(), b.ToArray());
    }

    [Fact]
    public void A_page_is_written_as_opaque_rgb()
    {
        var document = Render.Document("Some text.");
        using var stream = new MemoryStream();
        PngExporter.Write(document, 0, 30, stream);
        var png = stream.ToArray();
        // IHDR: bit depth at byte 24, colour type at 25 (2 = RGB without alpha).
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(8, png[24]);
        Assert.Equal(2, png[25]);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(SKColors.White, bitmap.GetPixel(1, 1));
    }
}
