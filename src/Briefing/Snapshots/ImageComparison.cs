using SkiaSharp;

namespace Briefing.Snapshots;

/// <summary>
/// Compares page images as a reader would: a pixel counts as changed when its colour moves by more than
/// <see cref="DefaultThreshold"/> of the largest perceived difference (YIQ distance, black against white = 1),
/// unless it is an anti-aliased edge pixel in either image, which is what a renderer's rounding moves. A page
/// differs when more than <see cref="DefaultAllowedPixels"/> pixels changed. Snapshot pages are drawn at
/// <see cref="DocumentSnapshots.Dpi"/> dpi, one pixel per point: a heading's colour change, a column moved by
/// one point, or one changed letter each change dozens of pixels that are not edge noise.
/// </summary>
public static class ImageComparison
{
    /// <summary>The smallest perceived colour difference that counts, as a fraction of black against white.</summary>
    public const double DefaultThreshold = 0.1;

    /// <summary>Changed pixels a page may have and still be the same.</summary>
    public const int DefaultAllowedPixels = 0;

    public static ImageDifference Compare(byte[] expectedPng, byte[] actualPng, double threshold = DefaultThreshold, int allowedPixels = DefaultAllowedPixels)
    {
        using var expected = Decode(expectedPng);
        using var actual = Decode(actualPng);
        if (expected is null || actual is null)
        {
            return new ImageDifference(0, 0, true, expected is null ? "the stored image cannot be read" : "the new image cannot be read");
        }

        if (expected.Width != actual.Width || expected.Height != actual.Height)
        {
            return new ImageDifference(0, actual.Width * actual.Height, true,
                $"size changed from {expected.Width}x{expected.Height} to {actual.Width}x{actual.Height}");
        }

        var (width, height) = (expected.Width, expected.Height);
        var a = Pixels(expected);
        var b = Pixels(actual);
        var limit = PerceivedColour.MaxDelta * threshold * threshold;
        var changed = 0;
        int left = width, top = height, right = -1, bottom = -1;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = y * width + x;
                if (a[i] == b[i] || PerceivedColour.Delta(a[i], b[i]) <= limit
                    || AntiAliasing.IsEdge(a, b, width, height, x, y) || AntiAliasing.IsEdge(b, a, width, height, x, y))
                {
                    continue;
                }
                changed++;
                (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x), Math.Max(bottom, y));
            }
        }

        var total = width * height;
        return changed <= allowedPixels
            ? new ImageDifference(0, total, false, "same")
            : new ImageDifference(changed, total, false,
                $"{changed} of {total} pixels changed, between x {left}-{right} and y {top}-{bottom} (pixels = points from the top left)");
    }

    private static uint[] Pixels(SKBitmap bitmap)
    {
        var pixels = new uint[bitmap.Width * bitmap.Height];
        System.Runtime.InteropServices.MemoryMarshal.Cast<byte, uint>(bitmap.GetPixelSpan()).CopyTo(pixels);
        return pixels;
    }

    // Decoded straight to unpremultiplied RGBA, whatever the PNG's own format, so pixels compare as colours.
    private static SKBitmap? Decode(byte[] png)
    {
        using var codec = SKCodec.Create(new MemoryStream(png));
        if (codec is null)
        {
            return null;
        }

        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var bitmap = new SKBitmap(info);
        if (codec.GetPixels(info, bitmap.GetPixels()) is SKCodecResult.Success or SKCodecResult.IncompleteInput)
        {
            return bitmap;
        }

        bitmap.Dispose();
        return null;
    }
}
