namespace Briefing.Building;

/// <summary>One file a build wrote: its path, format, size and SHA-256 (lower-case hex).</summary>
public sealed record BuildOutput(string Path, BuildFormat Format, long Bytes, string Sha256);
