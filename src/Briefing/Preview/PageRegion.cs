namespace Briefing.Preview;

/// <summary>
/// A block of text on a page that can be clicked: a paragraph, heading, list item or table cell. The rectangle is in
/// points from the page's top-left corner; <see cref="Places"/> are the fact-sheet values the block shows;
/// <see cref="MarkdownLine"/> (0 when unknown) and <see cref="Template"/> say where the block was written.
/// </summary>
public sealed record PageRegion(
    string Id,
    int NodeId,
    int MarkdownLine,
    Templating.TemplatePlace? Template,
    string Role,
    int Level,
    float X,
    float Y,
    float Width,
    float Height,
    string Text,
    IReadOnlyList<int> Places);
