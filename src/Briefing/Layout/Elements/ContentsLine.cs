using Briefing.Layout.Pages;

namespace Briefing.Layout.Elements;

/// <summary>
/// A line of a table of contents: the entry on the left (indented by its level), its page number in a fixed slot
/// at the right margin whatever the level.
/// </summary>
internal sealed class ContentsLine(IElement entry, IElement pageNumber, float numberWidth, float indent, Rgba leaderColour) : IElement
{
    private const float Gap = 8;

    private const float DotPitch = 4;

    private Size EntrySpace(Size available) => available with { Width = Math.Max(1, available.Width - indent - numberWidth - Gap) };

    public SpacePlan Measure(Size available)
    {
        var plan = entry.Measure(EntrySpace(available));
        return plan.Kind switch
        {
            SpacePlanKind.FullRender => SpacePlan.Full(available.Width, plan.Height, plan.Notes),
            SpacePlanKind.PartialRender => SpacePlan.Partial(available.Width, plan.Height, plan.Notes),
            _ => plan,
        };
    }

    public void Draw(PageCanvas canvas, float x, float y, Size available)
    {
        var space = new Size(numberWidth, available.Height);
        var numbered = pageNumber.Measure(space).Kind is SpacePlanKind.FullRender;
        // The entry first: the page is read after the title it belongs to, as it is seen.
        entry.Draw(canvas, x + indent, y, EntrySpace(available));
        if (numbered)
        {
            pageNumber.Draw(canvas, x + available.Width - numberWidth, y, space);
        }
        if (numbered && LastText(entry)?.LastLine is { } last && pageNumber is TextBlock { LastLine: { } number })
        {
            Leaders(canvas, last.Right + Gap / 2, number.Left - Gap / 2, last.Baseline);
        }
    }

    /// <summary>Dot leaders on a fixed grid, so the dots of all entries line up in columns.</summary>
    private void Leaders(PageCanvas canvas, float from, float to, float baseline)
    {
        var size = 0.9f;
        for (var dot = MathF.Ceiling(from / DotPitch) * DotPitch; dot + size <= to; dot += DotPitch)
        {
            canvas.Add(new FillItem(StructureTag.Artifact, dot, baseline - size, size, size, leaderColour));
        }
    }

    private static TextBlock? LastText(IElement element) => element switch
    {
        TextBlock block => block,
        Column column => column.Children.Reverse().Select(LastText).FirstOrDefault(b => b is not null),
        _ => null,
    };

    public (float Min, float Max) ContentWidths()
    {
        var (min, max) = entry.ContentWidths();
        return (min + indent + numberWidth + Gap, max + indent + numberWidth + Gap);
    }
}
