namespace Briefing.Document;

/// <summary>Text with one of Markdig's extra emphases: struck out, inserted, marked, superscript or subscript.</summary>
public sealed record DecoratedNode(NodeHead Head, Decoration Decoration, IReadOnlyList<InlineNode> Content) : InlineNode(Head);
