namespace Briefing.Layout.Elements;

/// <summary>Ends the page: the first time it reports that only part of the content fits.</summary>
internal sealed class PageBreak : IElement
{
    private bool _done;

    public SpacePlan Measure(Size available) => _done ? SpacePlan.Empty : SpacePlan.Partial(available.Width, 0);

    public void Draw(PageCanvas canvas, float x, float y, Size available) => _done = true;

    public (float Min, float Max) ContentWidths() => (0, 0);
}
