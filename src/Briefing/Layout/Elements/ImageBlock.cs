using Briefing.Layout.Pages;

namespace Briefing.Layout.Elements;

/// <summary>
/// An image at the size its attributes ask for (else at 96 dpi), never wider than the column nor taller than a page;
/// centred in its column unless <paramref name="align"/> says otherwise (in a table cell, the column's alignment).
/// </summary>
internal sealed class ImageBlock(ImageData image, StructureTag tag, float pageBodyHeight, ImageSize size, TextAlign align = TextAlign.Center) : IElement
{
    private bool _done;

    private (float Width, float Height) Fit(float width) => size.Fit(image.NaturalWidth, image.NaturalHeight, width, pageBodyHeight);

    public SpacePlan Measure(Size available)
    {
        if (_done)
        {
            return SpacePlan.Empty;
        }
        var (_, h) = Fit(available.Width);
        return h <= available.Height + 0.01f ? SpacePlan.Full(available.Width, h) : SpacePlan.Wrap("image does not fit in the rest of the page");
    }

    public void Draw(PageCanvas canvas, float x, float y, Size available)
    {
        var (w, h) = Fit(available.Width);
        var left = align switch
        {
            TextAlign.Left or TextAlign.Start or TextAlign.Justify => x,
            TextAlign.Right => x + available.Width - w,
            _ => x + (available.Width - w) / 2,
        };
        canvas.Add(new ImageItem(tag, left, y, w, h, image));
        _done = true;
    }

    public (float Min, float Max) ContentWidths()
    {
        var (w, _) = Fit(float.PositiveInfinity);
        return size.Width is not null || size.Height is not null ? (w, w) : (Math.Min(72, w), w);
    }
}
