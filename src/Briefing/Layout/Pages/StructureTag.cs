namespace Briefing.Layout.Pages;

/// <summary>
/// Which block an item belongs to: its role, heading level (1-6, else 0), alternative text for figures, a block
/// number shared by all items of one block, the enclosing block (list item in a list, cell in a row in a table),
/// the id of the document-tree node it was drawn from (0 for running text and decoration) and that node's language.
/// </summary>
public sealed record StructureTag(
    BlockRole Role,
    int Level = 0,
    string? AltText = null,
    int BlockId = 0,
    StructureTag? Parent = null,
    int NodeId = 0,
    string? Language = null)
{
    public static StructureTag Artifact { get; } = new(BlockRole.Artifact);
}
