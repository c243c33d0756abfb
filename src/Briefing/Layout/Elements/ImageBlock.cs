using Briefing.Layout.Pages;

namespace Briefing.Layout.Elements;

/// <summary>An image scaled to fit the width (never enlarged beyond 96 dpi) and never taller than a page.</summary>
internal sealed class ImageBlock(ImageData image, StructureTag tag, float pageBodyHeight) : IElement
{
    private bool _done;

    private (float Width, float Height) Fit(float width)
    {
        var w = Math.Min(width, Math.Max(1, image.NaturalWidth * 0.75f));
        var h = w * image.NaturalHeight / Math.Max(1, image.NaturalWidth);
        if (h > pageBodyHeight)
        {
            w *= pageBodyHeight / h;
            h = pageBodyHeight;
        }
        return (w, h);
    }

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
        canvas.Add(new ImageItem(tag, x + (available.Width - w) / 2, y, w, h, image));
        _done = true;
    }

    public (float Min, float Max) ContentWidths() => (Math.Min(72, image.NaturalWidth * 0.75f), image.NaturalWidth * 0.75f);
}
