using Briefing.Layout.Pages;

namespace Briefing.Export.Pdf;

/// <summary>
/// The resources every page shares: fonts, images, SVG drawings and the transparency states for colours with alpha. One
/// dictionary serves all pages, so a font or image used on many pages is named once.
/// </summary>
internal sealed class PageResources(PdfFile file, IReadOnlyDictionary<int, FontUse> fonts)
{
    private readonly Dictionary<ImageData, (string Name, PdfRef Ref)> _images = new(ReferenceEqualityComparer.Instance);
    private readonly SortedDictionary<byte, string> _alphas = [];
    private readonly Dictionary<ImageData, SvgDrawing?> _drawings = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyDictionary<int, FontUse> Fonts { get; } = fonts;

    /// <summary>The resource name of an image, its XObject written the first time it is drawn; null when it cannot be read.</summary>
    public string? Image(ImageData image)
    {
        if (_images.TryGetValue(image, out var known))
        {
            return known.Name;
        }
        var reference = ImageXObject.Write(file, image);
        if (reference is null)
        {
            return null;
        }
        var name = "Im" + (_images.Count + 1);
        _images.Add(image, (name, reference.Value));
        return name;
    }

    /// <summary>An SVG image as path operators, converted once however often it is drawn; null when it is drawn as an image instead.</summary>
    public SvgDrawing? Drawing(ImageData image)
    {
        if (!_drawings.TryGetValue(image, out var drawing))
        {
            _drawings[image] = drawing = image.IsSvg ? SvgDrawing.Read(image, this) : null;
        }
        return drawing;
    }

    /// <summary>The graphics state name that sets constant alpha <paramref name="alpha"/> for fills and strokes.</summary>
    public string Alpha(byte alpha)
    {
        if (!_alphas.TryGetValue(alpha, out var name))
        {
            name = "A" + alpha;
            _alphas.Add(alpha, name);
        }
        return name;
    }

    public PdfBytes Dictionary(IReadOnlyDictionary<int, PdfRef> fontRefs)
    {
        var resources = new PdfBytes().Raw("<<");
        if (Fonts.Count > 0)
        {
            resources.Raw("/Font <<");
            foreach (var font in Fonts.Values.OrderBy(f => f.ResourceName, StringComparer.Ordinal))
            {
                resources.Name(font.ResourceName).Space().Reference(fontRefs[font.Font.Id]);
            }
            resources.Raw(">>");
        }
        if (_images.Count > 0)
        {
            resources.Raw("/XObject <<");
            foreach (var (name, reference) in _images.Values)
            {
                resources.Name(name).Space().Reference(reference);
            }
            resources.Raw(">>");
        }
        if (_alphas.Count > 0)
        {
            resources.Raw("/ExtGState <<");
            foreach (var (alpha, name) in _alphas)
            {
                var value = alpha / 255.0;
                resources.Name(name).Raw(" <</Type /ExtGState /ca ").Real(value).Raw(" /CA ").Real(value).Raw(">>");
            }
            resources.Raw(">>");
        }
        return resources.Raw(">>");
    }
}
