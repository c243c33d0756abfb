namespace Briefing.Layout.Pages;

/// <summary>A bookmark: a heading's level and text and where it is.</summary>
public sealed record OutlineEntry(int Level, string Title, int PageIndex, float Y, string Destination);
