using SkiaSharp;

namespace Briefing.Snapshots;

/// <summary>
/// Compares page images with a tolerance: a pixel counts as changed only when a colour channel moves by more
/// than <see cref="DefaultThreshold"/>, and a page differs only when more than <see cref="DefaultAllowedPixels"/>
/// pixels changed. Anti-aliasing noise stays under both; a moved line or a changed word does not.
/// </summary>
public static class ImageComparison
{
    public const int DefaultThreshold = 48;
    public const int DefaultAllowedPixels = 8;

    public static ImageDifference Compare(byte[] expectedPng, byte[] actualPng, int threshold = DefaultThreshold, int allowedPixels = DefaultAllowedPixels)
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

        var changed = 0;
        var a = expected.Pixels;
        var b = actual.Pixels;
        for (var i = 0; i < a.Length; i++)
        {
            if (Math.Abs(a[i].Red - b[i].Red) > threshold
                || Math.Abs(a[i].Green - b[i].Green) > threshold
                || Math.Abs(a[i].Blue - b[i].Blue) > threshold
                || Math.Abs(a[i].Alpha - b[i].Alpha) > threshold)
            {
                changed++;
            }
        }

        var total = a.Length;
        return changed <= allowedPixels
            ? new ImageDifference(0, total, false, "same")
            : new ImageDifference(changed, total, false, $"{changed} of {total} pixels changed");
    }

    private static SKBitmap? Decode(byte[] png)
    {
        var bitmap = SKBitmap.Decode(png);
        if (bitmap is null || bitmap.ColorType == SKColorType.Rgba8888)
        {
            return bitmap;
        }

        var converted = bitmap.Copy(SKColorType.Rgba8888);
        bitmap.Dispose();
        return converted;
    }
}
