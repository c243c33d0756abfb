namespace Briefing.Layout.Pages;

/// <summary>One page: its size in points and what is drawn on it, in drawing order.</summary>
public sealed record LaidOutPage(float Width, float Height, IReadOnlyList<PageItem> Items);
