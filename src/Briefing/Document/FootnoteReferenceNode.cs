namespace Briefing.Document;

/// <summary>The number of a footnote in the text.</summary>
public sealed record FootnoteReferenceNode(NodeHead Head, int Number) : InlineNode(Head);
