using Briefing.Layout.Pages;
using SkiaSharp;

namespace Briefing.Export;

/// <summary>Renders one page to PNG with Skia's raster backend.</summary>
public static class PngExporter
{
    /// <summary>The most pixels one page may have: 64 million, 256 MB in memory; an A0 page at 150 dpi has 35 million.</summary>
    public const long PixelLimit = 64_000_000;

    /// <summary>Why page <paramref name="pageIndex"/> (0-based) is too large to draw at <paramref name="dpi"/>, or null.</summary>
    public static string? TooLarge(LaidOutDocument document, int pageIndex, float dpi)
    {
        var page = document.Pages[pageIndex];
        var (width, height) = Pixels(page, dpi);
        if (width * height <= PixelLimit)
        {
            return null;
        }

        var most = (int)Math.Floor(dpi * Math.Sqrt(PixelLimit / (double)(width * height)));
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"page {pageIndex + 1} at {dpi} dpi would be {width:N0} × {height:N0} pixels, more than the limit of {PixelLimit:N0} pixels; choose --dpi {most} or less");
    }

    /// <summary>
    /// The resolution to draw <paramref name="page"/> at when <paramref name="dpi"/> is wished for but not required
    /// (snapshots, the preview): the wish, or the highest whole dpi within <see cref="PixelLimit"/> for a page too large for it.
    /// </summary>
    public static float FittingDpi(LaidOutPage page, float dpi)
    {
        if (Pixels(page, dpi) is var (w, h) && w * h <= PixelLimit)
        {
            return dpi;
        }

        var most = Math.Max(1, (int)Math.Floor(dpi * Math.Sqrt(PixelLimit / (double)(w * h))));
        while (most > 1 && Pixels(page, most) is var (mw, mh) && mw * mh > PixelLimit)
        {
            most--;
        }

        return most;
    }

    private static (long Width, long Height) Pixels(LaidOutPage page, float dpi) =>
        ((long)Math.Ceiling(page.Width * dpi / 72f), (long)Math.Ceiling(page.Height * dpi / 72f));

    /// <summary>Writes page <paramref name="pageIndex"/> (0-based) at <paramref name="dpi"/> dots per inch, on white.</summary>
    public static void Write(LaidOutDocument document, int pageIndex, float dpi, Stream output)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pageIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(pageIndex, document.Pages.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(dpi, 1f);
        if (TooLarge(document, pageIndex, dpi) is { } tooLarge)
        {
            throw new ArgumentOutOfRangeException(nameof(dpi), tooLarge);
        }

        var page = document.Pages[pageIndex];
        var scale = dpi / 72f;
        var (width, height) = Pixels(page, dpi);
        var info = new SKImageInfo((int)width, (int)height, SKColorType.Rgba8888, SKAlphaType.Opaque);
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
