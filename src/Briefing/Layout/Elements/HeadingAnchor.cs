namespace Briefing.Layout.Elements;

/// <summary>A named destination at the start of a block; with a level above 0 (headings) also an outline entry.</summary>
internal sealed record HeadingAnchor(int Level, string Title, string Destination);
