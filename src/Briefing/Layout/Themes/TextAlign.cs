namespace Briefing.Layout;

/// <summary>Horizontal alignment of the lines of a paragraph.</summary>
public enum TextAlign
{
    Left,
    Right,
    Center,
    Justify,
    /// <summary>Left for left-to-right paragraphs, right for right-to-left ones.</summary>
    Start,
}
