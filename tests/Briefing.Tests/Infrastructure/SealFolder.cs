using SkiaSharp;

namespace Briefing.Tests.Infrastructure;

/// <summary>A temporary folder holding <c>seal.png</c>, 200 x 100 pixels: drawn at 96 dpi it is 150 x 75 pt.</summary>
internal static class SealFolder
{
    public static TemporaryFolder Create()
    {
        var folder = new TemporaryFolder();
        using var bitmap = new SKBitmap(200, 100);
        bitmap.Erase(SKColors.DarkBlue);
        using var image = SKImage.FromBitmap(bitmap);
        File.WriteAllBytes(folder.Combine("seal.png"), image.Encode(SKEncodedImageFormat.Png, 100).ToArray());
        return folder;
    }
}
