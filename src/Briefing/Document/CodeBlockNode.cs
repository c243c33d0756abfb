namespace Briefing.Document;

/// <summary>Preformatted text, lines kept as written.</summary>
public sealed record CodeBlockNode(NodeHead Head, string Text) : BlockNode(Head);
