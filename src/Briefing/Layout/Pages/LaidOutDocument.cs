namespace Briefing.Layout.Pages;

/// <summary>The result of layout, and all export needs: pages, the fonts they use, metadata and the outline.</summary>
public sealed record LaidOutDocument(
    IReadOnlyList<LaidOutPage> Pages,
    IReadOnlyList<EmbeddedFont> Fonts,
    DocumentMetadata Metadata,
    IReadOnlyList<OutlineEntry> Outline);
