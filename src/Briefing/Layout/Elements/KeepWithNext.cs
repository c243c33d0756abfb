namespace Briefing.Layout.Elements;

/// <summary>Marks a block (a heading) that must not end a page: the enclosing <see cref="Column"/> moves it on with what follows.</summary>
internal sealed class KeepWithNext(IElement child) : IElement
{
    public SpacePlan Measure(Size available) => child.Measure(available);

    public void Draw(PageCanvas canvas, float x, float y, Size available) => child.Draw(canvas, x, y, available);

    public (float Min, float Max) ContentWidths() => child.ContentWidths();
}
