namespace Briefing.Layout.Elements;

/// <summary>A list item: its marker in the indent column beside the first line, its content indented.</summary>
internal sealed class ListItem(IElement marker, IElement content, float indent) : IElement
{
    private bool _markerDrawn;

    private const float Gap = 5;

    public SpacePlan Measure(Size available)
    {
        var plan = content.Measure(new Size(Math.Max(1, available.Width - indent), available.Height));
        return plan.Kind switch
        {
            SpacePlanKind.FullRender => SpacePlan.Full(available.Width, plan.Height),
            SpacePlanKind.PartialRender => SpacePlan.Partial(available.Width, plan.Height),
            _ => plan,
        };
    }

    public void Draw(PageCanvas canvas, float x, float y, Size available)
    {
        if (!_markerDrawn)
        {
            var markerSpace = new Size(Math.Max(1, indent - Gap), available.Height);
            if (marker.Measure(markerSpace).Kind != SpacePlanKind.Wrap)
            {
                marker.Draw(canvas, x, y, markerSpace);
                _markerDrawn = true;
            }
        }
        content.Draw(canvas, x + indent, y, new Size(Math.Max(1, available.Width - indent), available.Height));
    }

    public (float Min, float Max) ContentWidths()
    {
        var (min, max) = content.ContentWidths();
        return (min + indent, max + indent);
    }
}
