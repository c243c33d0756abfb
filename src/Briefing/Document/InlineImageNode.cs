namespace Briefing.Document;

/// <summary>
/// An image inside text; it is shown by its alternative text, except alone in a table cell, where it is drawn at
/// the size its attributes ask for (<c>{width=.. height=..}</c>).
/// </summary>
public sealed record InlineImageNode(NodeHead Head, string Url, string AltText, string? Width = null, string? Height = null, bool Decorative = false) : InlineNode(Head);
