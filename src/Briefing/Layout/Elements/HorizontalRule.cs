using Briefing.Layout.Pages;

namespace Briefing.Layout.Elements;

/// <summary>A thematic break: a thin line across the width.</summary>
internal sealed class HorizontalRule(float thickness, Rgba colour) : IElement
{
    public SpacePlan Measure(Size available) =>
        available.Height >= thickness ? SpacePlan.Full(available.Width, thickness) : SpacePlan.Wrap("rule does not fit");

    // A zero thickness (`rule-width: 0`) draws nothing: PDF would show a zero-width line as a hairline.
    public void Draw(PageCanvas canvas, float x, float y, Size available)
    {
        if (thickness > 0)
        {
            canvas.Add(new RuleItem(StructureTag.Artifact, x, y + thickness / 2, x + available.Width, y + thickness / 2, thickness, colour));
        }
    }

    public (float Min, float Max) ContentWidths() => (0, 0);
}
