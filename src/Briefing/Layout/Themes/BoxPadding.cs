namespace Briefing.Layout;

/// <summary>
/// The space between a box's content and its edges, per side, as in CSS: a theme's <c>padding</c> takes one to four
/// lengths (all sides; top and bottom, left and right; top, left and right, bottom; top, right, bottom, left). A
/// heading ruled only below gives <c>padding: 3pt 0</c> so its text keeps the body text's left edge.
/// </summary>
public readonly record struct BoxPadding(float Top, float Right, float Bottom, float Left)
{
    public static BoxPadding All(float padding) => new(padding, padding, padding, padding);

    public bool IsEmpty => Top <= 0 && Right <= 0 && Bottom <= 0 && Left <= 0;

    /// <summary>The sides from one to four values in CSS order; null for any other count.</summary>
    public static BoxPadding? FromSides(IReadOnlyList<float> sides) => sides.Count switch
    {
        1 => All(sides[0]),
        2 => new BoxPadding(sides[0], sides[1], sides[0], sides[1]),
        3 => new BoxPadding(sides[0], sides[1], sides[2], sides[1]),
        4 => new BoxPadding(sides[0], sides[1], sides[2], sides[3]),
        _ => null,
    };
}
