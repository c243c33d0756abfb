namespace Briefing.Snapshots;

/// <summary>One snapshot of a rendered document: its Markdown, its PDF text dump, or one page as PNG.</summary>
public sealed record SnapshotFile(string Name, byte[] Content)
{
    public bool IsImage => Name.EndsWith(".png", StringComparison.Ordinal);
}
