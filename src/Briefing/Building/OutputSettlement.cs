namespace Briefing.Building;

/// <summary>What became of the earlier build's outputs that this build did not write.</summary>
/// <param name="Removed">Files no job of this build makes any more (a format, template or fact sheet dropped, an id changed).</param>
/// <param name="Kept">Files left in place and listed again: a failed document's last good output, another shard's output.</param>
/// <param name="Changed">Files the earlier manifest listed that have been changed or replaced since: not this build's to remove or to list.</param>
public sealed record OutputSettlement(IReadOnlyList<string> Removed, IReadOnlyList<KeptOutput> Kept, IReadOnlyList<string> Changed)
{
    public static OutputSettlement None { get; } = new([], [], []);
}
