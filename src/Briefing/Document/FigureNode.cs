namespace Briefing.Document;

/// <summary>
/// An image on a paragraph of its own: where it is (relative to the template's folder), its alternative text,
/// a caption (the image title) and the size asked for in its attributes (<c>{width=.. height=..}</c>), if any.
/// The image itself is not read here. A decorative image (<c>{.decorative}</c>) says nothing a reader needs: it has no
/// alternative text and is left out of what assistive technology reads.
/// </summary>
public sealed record FigureNode(NodeHead Head, string Url, string AltText, IReadOnlyList<InlineNode> Caption, string? Width, string? Height,
    bool Decorative = false) : BlockNode(Head);
