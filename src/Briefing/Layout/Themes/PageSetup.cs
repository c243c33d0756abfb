namespace Briefing.Layout;

/// <summary>Page size and margins in points.</summary>
public sealed record PageSetup(float Width, float Height, float MarginTop, float MarginRight, float MarginBottom, float MarginLeft)
{
    public float BodyWidth => Width - MarginLeft - MarginRight;

    public float BodyHeight => Height - MarginTop - MarginBottom;

    /// <summary>Where the theme sets the page's size (its <c>size</c>, <c>width</c> or <c>height</c>), if it does: what to change when a page is too large to draw.</summary>
    public ThemePlace? Place { get; init; }

    /// <summary>
    /// The same sheet turned to landscape, for a landscape section: its long side across. The margins keep their
    /// places as the reader sees the page (the header stays at the top).
    /// </summary>
    public PageSetup Landscape() => this with { Width = Math.Max(Width, Height), Height = Math.Min(Width, Height) };
}
