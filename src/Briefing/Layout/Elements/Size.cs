namespace Briefing.Layout.Elements;

/// <summary>Available or used space in points.</summary>
internal readonly record struct Size(float Width, float Height)
{
    public static Size Unbounded(float width) => new(width, float.PositiveInfinity);
}
