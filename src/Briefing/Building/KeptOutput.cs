namespace Briefing.Building;

/// <summary>
/// A file an earlier build wrote that this build neither wrote again nor removed: the last good output of a document
/// that failed this time, or an output of a document of another shard. The manifest lists it as it was recorded.
/// </summary>
public sealed record KeptOutput(string Path, PreviousOutput Recorded);
