using Briefing.Layout.Pages;
using Svg.Skia;

namespace Briefing.Export.Pdf;

/// <summary>
/// An SVG image as PDF content: path operators in the SVG's own user units, sharp at any zoom and far smaller than
/// a raster. <see cref="Left"/>, <see cref="Top"/>, <see cref="Width"/> and <see cref="Height"/> are the SVG's
/// bounds in those units, which the page maps onto the image's rectangle.
/// </summary>
internal sealed record SvgDrawing(byte[] Content, float Left, float Top, float Width, float Height)
{
    /// <summary>
    /// The drawing Svg.Skia records for the SVG, as PDF operators; null when the SVG cannot be read or needs what
    /// this writer does not draw as vectors (text, embedded pictures, gradients, filters), so it is drawn as an
    /// image instead.
    /// </summary>
    public static SvgDrawing? Read(ImageData image, PageResources resources)
    {
        using var svg = new SKSvg();
        using var stream = new MemoryStream(image.Bytes.ToArray());
        if (svg.Load(stream) is null || svg.Model is not { } model)
        {
            return null;
        }
        var content = SvgCommandWriter.Write(model.Commands ?? [], resources);
        if (content is null)
        {
            return null;
        }
        var bounds = model.CullRect;
        return new SvgDrawing(content, bounds.Left, bounds.Top, Math.Max(1, bounds.Width), Math.Max(1, bounds.Height));
    }
}
