using Briefing.Layout.Pages;
using SkiaSharp;
using Svg.Skia;

namespace Briefing.Export.Pdf;

/// <summary>
/// An image as a PDF image XObject: JPEG bytes kept as they are (DCTDecode), other raster formats decoded to RGB
/// with Flate and, where they have transparency, a soft mask. An SVG that cannot be drawn as vectors (see
/// <see cref="SvgDrawing"/>) is drawn by Skia at 300 dpi of its natural size.
/// </summary>
internal static class ImageXObject
{
    private const float SvgScale = 300f / 72f;

    public static PdfRef? Write(PdfFile file, ImageData image)
    {
        using var bitmap = image.IsSvg ? RasteriseSvg(image) : Decode(image);
        if (bitmap is null)
        {
            return null;
        }
        if (!image.IsSvg && JpegComponents(image.Bytes.Span) is 1 or 3)
        {
            // Re-encoding a JPEG would lose quality and grow the file; the reader decodes it as it is.
            var space = JpegComponents(image.Bytes.Span) == 1 ? "/DeviceGray" : "/DeviceRGB";
            return file.AddStream(new PdfBytes()
                .Raw("/Type /XObject /Subtype /Image /Width ").Int(bitmap.Width).Raw(" /Height ").Int(bitmap.Height)
                .Raw(" /ColorSpace ").Raw(space).Raw(" /BitsPerComponent 8 /Filter /DCTDecode"), image.Bytes.Span, compress: false);
        }
        var pixels = bitmap.Width * bitmap.Height;
        var rgba = bitmap.GetPixelSpan();
        var rgb = new byte[pixels * 3];
        var alpha = new byte[pixels];
        var translucent = false;
        for (var at = 0; at < pixels; at++)
        {
            rgb[at * 3] = rgba[at * 4];
            rgb[at * 3 + 1] = rgba[at * 4 + 1];
            rgb[at * 3 + 2] = rgba[at * 4 + 2];
            alpha[at] = rgba[at * 4 + 3];
            translucent |= alpha[at] != 255;
        }
        var dictionary = new PdfBytes()
            .Raw("/Type /XObject /Subtype /Image /Width ").Int(bitmap.Width).Raw(" /Height ").Int(bitmap.Height)
            .Raw(" /ColorSpace /DeviceRGB /BitsPerComponent 8");
        if (translucent)
        {
            var mask = file.AddStream(new PdfBytes()
                .Raw("/Type /XObject /Subtype /Image /Width ").Int(bitmap.Width).Raw(" /Height ").Int(bitmap.Height)
                .Raw(" /ColorSpace /DeviceGray /BitsPerComponent 8"), alpha);
            dictionary.Raw(" /SMask ").Reference(mask);
        }
        return file.AddStream(dictionary, rgb);
    }

    private static SKBitmap? Decode(ImageData image)
    {
        // Decoded unpremultiplied, so colours of translucent pixels are not darkened by their alpha.
        using var data = SKData.CreateCopy(image.Bytes.Span);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            bitmap.Dispose();
            return null;
        }
        return bitmap;
    }

    private static SKBitmap? RasteriseSvg(ImageData image)
    {
        using var svg = new SKSvg();
        using var stream = new MemoryStream(image.Bytes.ToArray());
        var picture = svg.Load(stream);
        if (picture is null)
        {
            return null;
        }
        var bounds = picture.CullRect;
        var width = Math.Max(1, (int)Math.Ceiling(Math.Max(1, bounds.Width) * SvgScale));
        var height = Math.Max(1, (int)Math.Ceiling(Math.Max(1, bounds.Height) * SvgScale));
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.Transparent);
        canvas.Scale(width / Math.Max(1, bounds.Width), height / Math.Max(1, bounds.Height));
        canvas.Translate(-bounds.Left, -bounds.Top);
        canvas.DrawPicture(picture);
        canvas.Flush();
        return bitmap;
    }

    // The number of colour components in a JPEG's frame header (ITU T.81, B.2.2); 0 when it is no baseline or
    // progressive JPEG. CMYK (4) is decoded instead, because Adobe's inverted CMYK would need a Decode array.
    private static int JpegComponents(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8)
        {
            return 0;
        }
        var at = 2;
        while (at + 9 < bytes.Length && bytes[at] == 0xFF)
        {
            var marker = bytes[at + 1];
            var length = (bytes[at + 2] << 8) | bytes[at + 3];
            if (marker is 0xC0 or 0xC1 or 0xC2)
            {
                return bytes[at + 9];
            }
            at += 2 + length;
        }
        return 0;
    }
}
