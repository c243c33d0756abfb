namespace Briefing.Document;

/// <summary>Plain text.</summary>
public sealed record TextNode(NodeHead Head, string Text) : InlineNode(Head);
