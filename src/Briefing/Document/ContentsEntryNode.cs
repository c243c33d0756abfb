namespace Briefing.Document;

/// <summary>
/// A contents entry: its text blocks, the id of the heading its link points to (whose page layout prints beside it),
/// its depth (0 at the top) and the entries nested under it.
/// </summary>
public sealed record ContentsEntryNode(NodeHead Head, string? Target, int Depth, IReadOnlyList<BlockNode> Blocks, IReadOnlyList<ContentsEntryNode> Entries) : BlockNode(Head);
