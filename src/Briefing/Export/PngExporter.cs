using Briefing.Layout.Pages;
using SkiaSharp;

namespace Briefing.Export;

/// <summary>Renders one page to PNG with Skia's raster backend.</summary>
public static class PngExporter
{
    /// <summary>Writes page <paramref name="pageIndex"/> (0-based) at <paramref name="dpi"/> dots per inch, on white.</summary>
    public static void Write(LaidOutDocument document, int pageIndex, float dpi, Stream output)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pageIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(pageIndex, document.Pages.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(dpi, 1f);
        var page = document.Pages[pageIndex];
        var scale = dpi / 72f;
        var info = new SKImageInfo((int)Math.Ceiling(page.Width * scale), (int)Math.Ceiling(page.Height * scale), SKColorType.Rgba8888, SKAlphaType.Opaque);
        var typefaces = document.Fonts.ToDictionary(f => f.Id, f => new PageFont(SKTypeface.FromData(SKData.CreateCopy(f.Data.Span), f.FaceIndex), null));
        try
        {
            using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("Skia could not create a raster surface.");
            var canvas = surface.Canvas;
            canvas.Clear(SKColors.White);
            canvas.Scale(scale);
            PageRenderer.Render(canvas, page, typefaces);
            canvas.Flush();
            using var pixels = surface.PeekPixels();
            // An opaque page is written as RGB; one filter and a middle zlib level encode a page several times
            // faster than trying every filter at the default level, for files a few per cent larger.
            using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 3))
                ?? throw new InvalidOperationException("Skia could not encode the page as PNG.");
            png.SaveTo(output);
        }
        finally
        {
            foreach (var typeface in typefaces.Values)
            {
                typeface.Dispose();
            }
        }
    }
}
