namespace Briefing.Layout.Elements;

/// <summary>Draws its child whole or moves it to the next page; a child taller than a page is split rather than lost.</summary>
internal sealed class KeepTogether(IElement child, float pageBodyHeight) : IElement
{
    public SpacePlan Measure(Size available)
    {
        var plan = child.Measure(available);
        if (plan.Kind != SpacePlanKind.PartialRender)
        {
            return plan;
        }
        var onFreshPage = child.Measure(new Size(available.Width, pageBodyHeight));
        return onFreshPage.IsDone ? SpacePlan.Wrap("kept together and does not fit in the rest of the page") : plan;
    }

    public void Draw(PageCanvas canvas, float x, float y, Size available) => child.Draw(canvas, x, y, available);

    public (float Min, float Max) ContentWidths() => child.ContentWidths();
}
