using Briefing.Diagnostics;

namespace Briefing.Building;

/// <summary>What became of one <see cref="BuildJob"/>: the file written, or the diagnostics that stopped it.</summary>
public sealed record BuildOutcome(
    BuildJob Job,
    string? OutputPath,
    int Pages,
    long Bytes,
    string? Sha256,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => OutputPath is not null;
}
