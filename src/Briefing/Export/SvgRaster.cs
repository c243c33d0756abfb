using SkiaSharp;
using Svg.Skia;

namespace Briefing.Export;

/// <summary>SVG drawn with Skia: onto a page canvas for PNG output, or alone as a PNG for formats that want a bitmap beside the SVG.</summary>
internal static class SvgRaster
{
    /// <summary>Draws the SVG stretched to <paramref name="rect"/>; nothing when it cannot be read.</summary>
    public static void Draw(SKCanvas canvas, ReadOnlyMemory<byte> svg, SKRect rect)
    {
        using var document = new SKSvg();
        using var stream = new MemoryStream(svg.ToArray());
        var picture = document.Load(stream);
        if (picture is null)
        {
            return;
        }
        var bounds = picture.CullRect;
        canvas.Save();
        canvas.Translate(rect.Left, rect.Top);
        canvas.Scale(rect.Width / Math.Max(1, bounds.Width), rect.Height / Math.Max(1, bounds.Height));
        canvas.Translate(-bounds.Left, -bounds.Top);
        canvas.DrawPicture(picture);
        canvas.Restore();
    }

    /// <summary>The SVG as a PNG of <paramref name="width"/> × <paramref name="height"/> points at <paramref name="dpi"/>, on a transparent ground.</summary>
    public static byte[] ToPng(ReadOnlyMemory<byte> svg, float width, float height, float dpi)
    {
        var scale = dpi / 72f;
        var pixelWidth = Math.Max(1, (int)Math.Ceiling(width * scale));
        var pixelHeight = Math.Max(1, (int)Math.Ceiling(height * scale));
        using var bitmap = new SKBitmap(new SKImageInfo(pixelWidth, pixelHeight, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            Draw(canvas, svg, SKRect.Create(pixelWidth, pixelHeight));
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
