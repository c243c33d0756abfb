namespace Briefing.Document;

/// <summary>A footnote: its number (as referenced in the text) and its blocks.</summary>
public sealed record FootnoteNode(NodeHead Head, int Number, IReadOnlyList<BlockNode> Blocks) : BlockNode(Head);
