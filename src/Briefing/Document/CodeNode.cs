namespace Briefing.Document;

/// <summary>Inline code, in the theme's monospaced font.</summary>
public sealed record CodeNode(NodeHead Head, string Text) : InlineNode(Head);
