namespace Briefing.Document;

/// <summary>The extra emphases of Markdig (<c>~~</c>, <c>++</c>, <c>==</c>, <c>^</c>, <c>~</c>).</summary>
public enum Decoration
{
    Strikethrough,
    Inserted,
    Marked,
    Superscript,
    Subscript,
}
