using Briefing.Diagnostics;
using Briefing.Document;

namespace Briefing.Layout;

/// <summary>
/// PDF/UA and Section 508: an image says in words what it shows, or the template declares it decorative. The rule is
/// the same for a figure, an image alone in a table cell and an image among the words of a paragraph, and each image
/// is reported once, however often its text is built.
/// </summary>
internal sealed class ImageAltText(TypesetContext context)
{
    private readonly HashSet<int> _reported = [];

    /// <summary>True when the image may be drawn; otherwise the error is reported at the image's template line.</summary>
    public bool Check(Node image, string url, string altText, bool decorative)
    {
        if (decorative || !string.IsNullOrWhiteSpace(altText))
        {
            return true;
        }
        if (_reported.Add(image.Id))
        {
            context.Diagnostics.Add(SourcePlaces.At(context.SourcePath, image.Span, fromData: false, Severity.Error,
                $"image `{url}` has no alternative text",
                $"say what it shows between the brackets, `![Seal of the Ministry]({url})`, or mark an image that carries no information decorative, `![]({url}){{.decorative}}`"));
        }
        return false;
    }
}
