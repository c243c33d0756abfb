namespace Briefing.Layout.Pages;

/// <summary>The structural role of the block an item belongs to, kept for a tagged-PDF writer.</summary>
public enum BlockRole
{
    Paragraph,
    Heading,
    List,
    ListItem,
    Table,
    TableRow,
    TableHeaderCell,
    TableCell,
    Figure,
    /// <summary>A footnote.</summary>
    Note,
    /// <summary>A boxed container of blocks (a custom container such as the bottom line).</summary>
    Section,
    BlockQuote,
    Code,
    /// <summary>A contents list (table of contents) and one entry of it.</summary>
    Contents,
    ContentsEntry,
    /// <summary>Running header, footer, banner and decoration: not part of the content.</summary>
    Artifact,
}
