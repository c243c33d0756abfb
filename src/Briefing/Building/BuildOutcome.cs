using Briefing.Diagnostics;

namespace Briefing.Building;

/// <summary>What became of one <see cref="BuildJob"/>: the files written (one per format), or the diagnostics that stopped it.</summary>
public sealed record BuildOutcome(
    BuildJob Job,
    IReadOnlyList<BuildOutput> Outputs,
    int Pages,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The first file written (the first format asked for), or null when the job failed.</summary>
    public string? OutputPath => Outputs.Count > 0 ? Outputs[0].Path : null;

    public bool Succeeded => Outputs.Count > 0;

    /// <summary>The <see cref="BuildKey"/> of the document's inputs; null when the job failed before it was known.</summary>
    public string? Key { get; init; }

    /// <summary>Whether the files were left as an earlier build wrote them, the inputs being unchanged.</summary>
    public bool Reused { get; init; }

    /// <summary>What the fact sheet's loading found (recorded in the manifest for the next build); null when it did not load.</summary>
    public FactSheetInputs? FactSheet { get; init; }

    /// <summary>
    /// Whether this build loaded the fact sheet; false when its bytes were those the previous build loaded and every
    /// output of it was reused.
    /// </summary>
    public bool FactSheetLoaded { get; init; }

    /// <summary>Whether the job failed writing its files rather than on its inputs: an I/O failure, not the user's input.</summary>
    public bool WriteFailed { get; init; }
}
