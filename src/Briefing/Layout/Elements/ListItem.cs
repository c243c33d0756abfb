namespace Briefing.Layout.Elements;

/// <summary>
/// A list item: its marker in the indent column beside the first line, its content indented; for right-to-left
/// items the indent and marker are on the right.
/// </summary>
internal sealed class ListItem(IElement marker, IElement content, float indent, bool rightToLeft = false) : IElement
{
    private bool _markerDrawn;

    private const float Gap = 5;

    /// <summary>
    /// The indent a list needs: the theme's, widened so that the widest marker of the list ("100.", "1000.")
    /// fits whole beside its item, and all items of the list keep one left edge.
    /// </summary>
    public static float IndentFor(IEnumerable<IElement> markers, float indent) =>
        Math.Max(indent, markers.Select(m => m.ContentWidths().Max + Gap).DefaultIfEmpty(0).Max());

    public SpacePlan Measure(Size available)
    {
        var plan = content.Measure(ContentSpace(available));
        return plan.Kind switch
        {
            SpacePlanKind.FullRender => SpacePlan.Full(available.Width, plan.Height, plan.Notes),
            SpacePlanKind.PartialRender => SpacePlan.Partial(available.Width, plan.Height, plan.Notes),
            _ => plan,
        };
    }

    private Size ContentSpace(Size available) => available with { Width = Math.Max(1, available.Width - indent) };

    public void Draw(PageCanvas canvas, float x, float y, Size available)
    {
        if (!_markerDrawn)
        {
            var markerSpace = new Size(Math.Max(1, indent - Gap), available.Height);
            if (marker.Measure(markerSpace).Kind != SpacePlanKind.Wrap)
            {
                marker.Draw(canvas, rightToLeft ? x + available.Width - indent + Gap : x, y, markerSpace);
                _markerDrawn = true;
            }
        }
        content.Draw(canvas, rightToLeft ? x : x + indent, y, ContentSpace(available));
    }

    public (float Min, float Max) ContentWidths()
    {
        var (min, max) = content.ContentWidths();
        return (min + indent, max + indent);
    }
}
