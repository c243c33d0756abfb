using Briefing.Diagnostics;
using Briefing.Layout;
using Briefing.Layout.Pages;

namespace Briefing.Export;

/// <summary>A figure's image for the HTML and Word writers: bytes, media type and the size layout gives it, in points.</summary>
internal sealed record ImageFile(ImageData Data, string MediaType, float Width, float Height)
{
    /// <summary>Reads the image as layout does (its warnings were reported there) and sizes it as layout does.</summary>
    public static ImageFile? Read(string url, TreeDocument document)
    {
        var data = ImageSource.Load(url, document.ImageDirectory, "", Document.SourceSpan.None, new List<Diagnostic>());
        if (data is null)
        {
            return null;
        }
        // The same rule as the PDF: never wider than the body or enlarged past 96 dpi, never taller than 90% of a page body.
        var page = document.Theme.Page;
        var width = Math.Min(page.BodyWidth, Math.Max(1, data.NaturalWidth * 0.75f));
        var height = width * data.NaturalHeight / Math.Max(1, data.NaturalWidth);
        var limit = page.BodyHeight * 0.9f;
        if (height > limit)
        {
            width *= limit / height;
            height = limit;
        }
        return new ImageFile(data, TypeOf(data), width, height);
    }

    private static string TypeOf(ImageData data)
    {
        var bytes = data.Bytes.Span;
        return data.IsSvg ? "image/svg+xml"
            : bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 ? "image/jpeg"
            : "image/png";
    }
}
