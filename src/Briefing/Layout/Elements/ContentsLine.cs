namespace Briefing.Layout.Elements;

/// <summary>
/// A line of a table of contents: the entry on the left (indented by its level), its page number in a fixed slot
/// at the right margin whatever the level.
/// </summary>
internal sealed class ContentsLine(IElement entry, IElement pageNumber, float numberWidth, float indent) : IElement
{
    private const float Gap = 8;

    private Size EntrySpace(Size available) => new(Math.Max(1, available.Width - indent - numberWidth - Gap), available.Height);

    public SpacePlan Measure(Size available)
    {
        var plan = entry.Measure(EntrySpace(available));
        return plan.Kind switch
        {
            SpacePlanKind.FullRender => SpacePlan.Full(available.Width, plan.Height),
            SpacePlanKind.PartialRender => SpacePlan.Partial(available.Width, plan.Height),
            _ => plan,
        };
    }

    public void Draw(PageCanvas canvas, float x, float y, Size available)
    {
        var space = new Size(numberWidth, available.Height);
        if (pageNumber.Measure(space).Kind is SpacePlanKind.FullRender)
        {
            pageNumber.Draw(canvas, x + available.Width - numberWidth, y, space);
        }
        entry.Draw(canvas, x + indent, y, EntrySpace(available));
    }

    public (float Min, float Max) ContentWidths()
    {
        var (min, max) = entry.ContentWidths();
        return (min + indent + numberWidth + Gap, max + indent + numberWidth + Gap);
    }
}
