using Briefing.Diagnostics;

namespace Briefing.FactSheets;

/// <summary>The outcome of loading a fact sheet: the fact sheet when the file has no errors, and every problem found.</summary>
public sealed record LoadResult(FactSheet? FactSheet, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => FactSheet is not null;
}
