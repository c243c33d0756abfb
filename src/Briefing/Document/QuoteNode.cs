namespace Briefing.Document;

/// <summary>A block quote.</summary>
public sealed record QuoteNode(NodeHead Head, IReadOnlyList<BlockNode> Blocks) : BlockNode(Head);
