namespace Briefing.FactSheets.Markings;

/// <summary>A classification level of a marking scheme, such as SECRET, with its spellings.</summary>
/// <remarks>
/// <c>Rank</c>: Position in the scheme, lowest first; a higher rank is a higher classification.<br/>
/// <c>Open</c>: Portions at this level do not limit release (unclassified information needs no release list).<br/>
/// <c>Indicator</c>: The block the first page must carry at this level (<c>authority</c> or <c>cui</c>), if any.<br/>
/// </remarks>
public sealed record MarkingLevel(string Portion, string Banner, int Rank, bool Open, string? Indicator);
