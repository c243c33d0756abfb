using Briefing.Layout.Pages;

namespace Briefing.Export.Pdf;

/// <summary>What one page's drawing gives: its content stream, its link areas and the named places on it.</summary>
internal sealed record PageContent(byte[] Stream, IReadOnlyList<LinkItem> Links, IReadOnlyList<DestinationItem> Destinations);
