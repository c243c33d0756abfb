namespace Briefing.Building;

/// <summary>An output as the previous build's manifest recorded it: the key of its inputs and the file it wrote.</summary>
public sealed record PreviousOutput(string Key, string Sha256, int Pages, long Bytes);
