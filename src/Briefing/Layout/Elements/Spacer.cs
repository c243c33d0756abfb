namespace Briefing.Layout.Elements;

/// <summary>Vertical space between blocks; at the bottom of a page it shrinks to what is left.</summary>
internal sealed class Spacer(float height) : IElement
{
    public SpacePlan Measure(Size available) =>
        height <= 0 ? SpacePlan.Empty : SpacePlan.Full(available.Width, Math.Max(0, Math.Min(height, available.Height)));

    public void Draw(PageCanvas canvas, float x, float y, Size available)
    {
    }

    public (float Min, float Max) ContentWidths() => (0, 0);
}
