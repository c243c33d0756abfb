using Briefing.Layout.Pages;

namespace Briefing.Export.Pdf;

/// <summary>What one page's drawing gives besides its content stream: its link areas and the named places on it.</summary>
internal sealed record PageContent(IReadOnlyList<PageLink> Links, IReadOnlyList<DestinationItem> Destinations);

/// <summary>A link area with, in a tagged PDF, its Link structure element and the text it covers.</summary>
internal sealed record PageLink(LinkItem Area, StructureNode? Node, string? Text);
