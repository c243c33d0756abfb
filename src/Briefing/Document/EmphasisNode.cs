namespace Briefing.Document;

/// <summary>Emphasised (italic) text.</summary>
public sealed record EmphasisNode(NodeHead Head, IReadOnlyList<InlineNode> Content) : InlineNode(Head);
