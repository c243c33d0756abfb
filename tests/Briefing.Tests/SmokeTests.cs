namespace Briefing.Tests;

public class SmokeTests
{
    [Fact]
    public void Skia_and_harfbuzz_load()
    {
        using var surface = SkiaSharp.SKSurface.Create(new SkiaSharp.SKImageInfo(10, 10));
        using var blob = HarfBuzzSharp.Blob.Empty;
        Assert.NotNull(surface);
    }
}
