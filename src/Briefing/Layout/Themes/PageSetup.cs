namespace Briefing.Layout;

/// <summary>Page size and margins in points.</summary>
public sealed record PageSetup(float Width, float Height, float MarginTop, float MarginRight, float MarginBottom, float MarginLeft)
{
    public float BodyWidth => Width - MarginLeft - MarginRight;

    public float BodyHeight => Height - MarginTop - MarginBottom;
}
