namespace Briefing.Document;

/// <summary>An image inside text; it is shown by its alternative text.</summary>
public sealed record InlineImageNode(NodeHead Head, string Url, string AltText) : InlineNode(Head);
