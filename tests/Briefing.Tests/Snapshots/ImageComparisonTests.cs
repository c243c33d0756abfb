using Briefing.Snapshots;
using SkiaSharp;

namespace Briefing.Tests.Snapshots;

public class ImageComparisonTests
{
    [Fact]
    public void Anti_aliasing_noise_is_tolerated()
    {
        var page = Draw(x => x, shade: 0);
        var noisy = Draw(x => x, shade: 20);

        var difference = ImageComparison.Compare(page, noisy);
        Assert.True(difference.IsSame, difference.Description);
    }

    [Fact]
    public void A_moved_line_is_a_difference()
    {
        var page = Draw(x => x, shade: 0);
        var moved = Draw(x => x + 6, shade: 0);

        var difference = ImageComparison.Compare(page, moved);

        Assert.False(difference.IsSame);
        Assert.Contains("pixels changed", difference.Description);
    }

    [Fact]
    public void A_changed_size_is_a_difference()
    {
        using var small = new SKBitmap(10, 10);
        using var image = SKImage.FromBitmap(small);
        var other = image.Encode(SKEncodedImageFormat.Png, 100).ToArray();

        var difference = ImageComparison.Compare(Draw(x => x, 0), other);

        Assert.True(difference.SizeChanged);
        Assert.Contains("size changed", difference.Description);
    }

    private static byte[] Draw(Func<float, float> position, byte shade)
    {
        using var surface = SKSurface.Create(new SKImageInfo(120, 80));
        surface.Canvas.Clear(new SKColor((byte)(255 - shade), 255, 255));
        using var paint = new SKPaint { Color = SKColors.Black, StrokeWidth = 2, IsAntialias = true };
        surface.Canvas.DrawLine(position(10), 40, position(100), 40, paint);
        using var snapshot = surface.Snapshot();
        return snapshot.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }
}
