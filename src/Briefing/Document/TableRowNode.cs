namespace Briefing.Document;

/// <summary>A table row; header rows are repeated on each page a table spans.</summary>
public sealed record TableRowNode(NodeHead Head, bool IsHeader, IReadOnlyList<TableCellNode> Cells) : BlockNode(Head);
