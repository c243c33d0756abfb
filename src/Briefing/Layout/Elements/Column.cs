namespace Briefing.Layout.Elements;

/// <summary>
/// Children one below the other. Spacing at the top of a continued page is dropped; a child marked
/// <see cref="KeepWithNext"/> moves to the next page when what follows it would not start on this one.
/// </summary>
internal sealed class Column(IElement[] children) : IElement
{
    private int _index;
    private bool _started;

    public IReadOnlyList<IElement> Children => children;

    // Measuring is asked far more often than drawing: it records no steps.
    public SpacePlan Measure(Size available) => Plan(available, null);

    public void Draw(PageCanvas canvas, float x, float y, Size available)
    {
        // The steps go on the page's list, after those of the columns this one is drawn inside; the columns drawn
        // inside this one add theirs after these and take them off again, so one list serves the whole page.
        var steps = canvas.Steps;
        var begin = steps.Count;
        Plan(available, steps);
        var end = steps.Count;
        var top = y;
        for (var s = begin; s < end; s++)
        {
            var (index, plan, space) = steps[s];
            children[index].Draw(canvas, x, top, space);
            top += plan.Height;
            _index = plan.IsDone ? index + 1 : index;
        }
        steps.RemoveRange(begin, steps.Count - begin);
        _started = true;
    }

    public (float Min, float Max) ContentWidths()
    {
        var min = 0f;
        var max = 0f;
        foreach (var child in children)
        {
            var (a, b) = child.ContentWidths();
            min = Math.Max(min, a);
            max = Math.Max(max, b);
        }
        return (min, max);
    }

    // Each child is planned (and later drawn) in the space below the ones before it, less the room their
    // footnotes take at the page foot.
    private SpacePlan Plan(Size available, List<(int Index, SpacePlan Plan, Size Space)>? steps)
    {
        var used = 0f;
        var notes = 0f;
        var placed = false;
        for (var i = _index; i < children.Length; i++)
        {
            var child = children[i];
            if (child is Spacer && !placed && _started)
            {
                continue;
            }
            var space = available with { Height = available.Height - used - notes, Notes = available.Notes + notes };
            var plan = child.Measure(space);
            if (plan.Kind == SpacePlanKind.Empty)
            {
                continue;
            }
            if (plan.IsWrap)
            {
                return placed ? SpacePlan.Partial(available.Width, used, notes) : plan;
            }
            if (placed && child is KeepWithNext && plan.IsDone
                && !NextStartsHere(i + 1, space with { Height = space.Height - plan.Height - plan.Notes, Notes = space.Notes + plan.Notes }))
            {
                return SpacePlan.Partial(available.Width, used, notes);
            }
            steps?.Add((i, plan, space));
            used += plan.Height;
            notes += plan.Notes;
            placed = true;
            if (!plan.IsDone)
            {
                return SpacePlan.Partial(available.Width, used, notes);
            }
        }
        return placed ? SpacePlan.Full(available.Width, used, notes) : SpacePlan.Empty;
    }

    private bool NextStartsHere(int from, Size space)
    {
        var height = space.Height;
        for (var j = from; j < children.Length; j++)
        {
            var plan = children[j].Measure(space with { Height = height });
            if (plan.Kind == SpacePlanKind.Empty)
            {
                continue;
            }
            if (children[j] is Spacer)
            {
                height -= plan.Height;
                continue;
            }
            return !plan.IsWrap;
        }
        return true;
    }
}
