namespace Briefing.Layout.Elements;

/// <summary>
/// A table row: a factory for its cells (header rows are drawn again on each page, and elements remember
/// how far they were drawn, so each page needs fresh ones).
/// </summary>
internal sealed record TableRowSpec(Func<IElement[]> Cells, bool IsHeader);
