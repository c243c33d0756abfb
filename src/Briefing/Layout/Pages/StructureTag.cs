namespace Briefing.Layout.Pages;

/// <summary>
/// Which block an item belongs to: its role, heading level (1-6, else 0), alternative text for figures, a block
/// number shared by all items of one block, and the enclosing block (list item in a list, cell in a row in a table).
/// </summary>
public sealed record StructureTag(BlockRole Role, int Level = 0, string? AltText = null, int BlockId = 0, StructureTag? Parent = null)
{
    public static StructureTag Artifact { get; } = new(BlockRole.Artifact);
}
