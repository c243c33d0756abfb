namespace Briefing.Document;

/// <summary>A table cell: its column (0-based), how many columns it spans, and its paragraphs.</summary>
public sealed record TableCellNode(NodeHead Head, int Column, int ColumnSpan, IReadOnlyList<ParagraphNode> Content) : BlockNode(Head);
