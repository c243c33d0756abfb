namespace Briefing.Snapshots;

/// <summary>A snapshot that is new, gone, or different, with a description of where it differs.</summary>
public sealed record SnapshotDifference(string Name, string Description);
