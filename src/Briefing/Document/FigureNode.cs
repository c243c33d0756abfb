namespace Briefing.Document;

/// <summary>
/// An image on a paragraph of its own: where it is (relative to the template's folder), its alternative text,
/// a caption (the image title) and the size asked for in its attributes (<c>{width=.. height=..}</c>), if any.
/// The image itself is not read here.
/// </summary>
public sealed record FigureNode(NodeHead Head, string Url, string AltText, IReadOnlyList<InlineNode> Caption, string? Width, string? Height) : BlockNode(Head);
