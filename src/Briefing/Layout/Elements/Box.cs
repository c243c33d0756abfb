using Briefing.Layout.Pages;

namespace Briefing.Layout.Elements;

/// <summary>Padding, background and borders around a child; each page's part of a split box gets its own padding and borders.</summary>
internal sealed class Box(IElement child, BoxPadding padding, Rgba? background, BorderStyle? border, BorderStyle? borderLeft, BorderStyle? borderBottom) : IElement
{
    private float Left => padding.Left + (border?.Width ?? 0) + (borderLeft?.Width ?? 0);

    private float Right => padding.Right + (border?.Width ?? 0);

    private float Top => padding.Top + (border?.Width ?? 0);

    private float Bottom => padding.Bottom + (border?.Width ?? 0) + (borderBottom?.Width ?? 0);

    public SpacePlan Measure(Size available)
    {
        var inner = Inner(available);
        if (inner.Height <= 0)
        {
            return SpacePlan.Wrap("no room for the box's padding");
        }
        var plan = child.Measure(inner);
        return plan.Kind switch
        {
            SpacePlanKind.Empty => SpacePlan.Empty,
            SpacePlanKind.Wrap => plan,
            SpacePlanKind.FullRender => SpacePlan.Full(available.Width, plan.Height + Top + Bottom, plan.Notes),
            _ => SpacePlan.Partial(available.Width, plan.Height + Top + Bottom, plan.Notes),
        };
    }

    private Size Inner(Size available) => available with { Width = Math.Max(1, available.Width - Left - Right), Height = available.Height - Top - Bottom };

    public void Draw(PageCanvas canvas, float x, float y, Size available)
    {
        var plan = Measure(available);
        if (plan.Kind is SpacePlanKind.Empty or SpacePlanKind.Wrap)
        {
            return;
        }
        var w = available.Width;
        var h = plan.Height;
        if (background is { A: > 0 } fill)
        {
            canvas.Add(new FillItem(StructureTag.Artifact, x, y, w, h, fill));
        }
        child.Draw(canvas, x + Left, y + Top, Inner(available));
        if (border is { Width: > 0 } b)
        {
            var half = b.Width / 2;
            canvas.Add(new RuleItem(StructureTag.Artifact, x, y + half, x + w, y + half, b.Width, b.Colour));
            canvas.Add(new RuleItem(StructureTag.Artifact, x, y + h - half, x + w, y + h - half, b.Width, b.Colour));
            canvas.Add(new RuleItem(StructureTag.Artifact, x + half, y, x + half, y + h, b.Width, b.Colour));
            canvas.Add(new RuleItem(StructureTag.Artifact, x + w - half, y, x + w - half, y + h, b.Width, b.Colour));
        }
        if (borderLeft is { Width: > 0 } l)
        {
            var left = x + (border?.Width ?? 0) + l.Width / 2;
            canvas.Add(new RuleItem(StructureTag.Artifact, left, y, left, y + h, l.Width, l.Colour));
        }
        if (borderBottom is { Width: > 0 } u)
        {
            var bottom = y + h - (border?.Width ?? 0) - u.Width / 2;
            canvas.Add(new RuleItem(StructureTag.Artifact, x, bottom, x + w, bottom, u.Width, u.Colour));
        }
    }

    public (float Min, float Max) ContentWidths()
    {
        var (min, max) = child.ContentWidths();
        return (min + Left + Right, max + Left + Right);
    }
}
