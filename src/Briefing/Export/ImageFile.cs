using Briefing.Diagnostics;
using Briefing.Layout;
using Briefing.Layout.Elements;
using Briefing.Layout.Pages;

namespace Briefing.Export;

/// <summary>A figure's image for the HTML and Word writers: bytes, media type and the size layout gives it, in points.</summary>
internal sealed record ImageFile(ImageData Data, string MediaType, float Width, float Height)
{
    /// <summary>
    /// Reads the image as layout does (its warnings were reported there) and sizes it as layout does: at the
    /// width and height its attributes ask for, within the page body.
    /// </summary>
    public static ImageFile? Read(string url, TreeDocument document, string? width = null, string? height = null)
    {
        var data = ImageSource.Load(url, document.ImageDirectory, "", Document.SourceSpan.None, new List<Diagnostic>());
        if (data is null)
        {
            return null;
        }
        var page = document.Theme.Page;
        var (points, share, _) = ImageSize.Read(width, "width");
        var (tall, _, _) = ImageSize.Read(height, "height");
        var (w, h) = new ImageSize(points, tall, share).Fit(data.NaturalWidth, data.NaturalHeight, page.BodyWidth, page.BodyHeight * 0.9f);
        return new ImageFile(data, TypeOf(data), w, h);
    }

    private static string TypeOf(ImageData data)
    {
        var bytes = data.Bytes.Span;
        return data.IsSvg ? "image/svg+xml"
            : bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 ? "image/jpeg"
            : "image/png";
    }
}
