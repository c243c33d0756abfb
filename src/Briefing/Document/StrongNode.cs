namespace Briefing.Document;

/// <summary>Strong (bold) text.</summary>
public sealed record StrongNode(NodeHead Head, IReadOnlyList<InlineNode> Content) : InlineNode(Head);
