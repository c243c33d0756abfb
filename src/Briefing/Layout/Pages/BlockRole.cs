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
    Note,
    BlockQuote,
    Code,
    /// <summary>Running header, footer, banner and decoration: not part of the content.</summary>
    Artifact,
}
