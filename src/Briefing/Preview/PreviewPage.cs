namespace Briefing.Preview;

/// <summary>A page as a preview shows it: its fingerprint, its size in points and its clickable blocks.</summary>
public sealed record PreviewPage(int Index, string Key, float Width, float Height, IReadOnlyList<PageRegion> Regions);
