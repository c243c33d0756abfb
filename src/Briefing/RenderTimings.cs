namespace Briefing;

/// <summary>Time spent in each stage of one render, for <c>briefing render --timings</c>.</summary>
public sealed record RenderTimings(TimeSpan Load, TimeSpan Template, TimeSpan Layout, TimeSpan Export)
{
    public static RenderTimings None { get; } = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);

    public TimeSpan Total => Load + Template + Layout + Export;
}
