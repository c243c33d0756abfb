namespace Briefing.Document;

/// <summary>One item of a list: the blocks in it, nested lists included.</summary>
public sealed record ListItemNode(NodeHead Head, IReadOnlyList<BlockNode> Blocks) : BlockNode(Head);
