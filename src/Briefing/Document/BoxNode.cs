namespace Briefing.Document;

/// <summary>A named container (<c>::: name</c>): its look comes from the theme's styles of those names.</summary>
public sealed record BoxNode(NodeHead Head, IReadOnlyList<BlockNode> Blocks) : BlockNode(Head);
