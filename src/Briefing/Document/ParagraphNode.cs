namespace Briefing.Document;

/// <summary>A paragraph of inline text.</summary>
public sealed record ParagraphNode(NodeHead Head, IReadOnlyList<InlineNode> Content) : BlockNode(Head);
