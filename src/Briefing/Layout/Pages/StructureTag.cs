namespace Briefing.Layout.Pages;

/// <summary>Which block an item belongs to: its role, heading level (1-6, else 0), alternative text for figures, and a block number shared by all items of one block.</summary>
public sealed record StructureTag(BlockRole Role, int Level = 0, string? AltText = null, int BlockId = 0)
{
    public static StructureTag Artifact { get; } = new(BlockRole.Artifact);
}
