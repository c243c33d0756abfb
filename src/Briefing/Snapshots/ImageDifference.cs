namespace Briefing.Snapshots;

/// <summary>How two page images differ: the pixels that changed by more than the threshold, or a change of size.</summary>
public sealed record ImageDifference(int ChangedPixels, int TotalPixels, bool SizeChanged, string Description)
{
    public bool IsSame => !SizeChanged && ChangedPixels == 0;
}
