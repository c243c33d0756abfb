using Briefing.Diagnostics;

namespace Briefing.FactSheets;

/// <summary>The outcome of loading a fact sheet: the fact sheet when the file has no errors, and every problem found.</summary>
public sealed record LoadResult(FactSheet? FactSheet, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => FactSheet is not null;

    /// <summary>The text the fact sheet was read from, to place later findings (a character no font has) in it.</summary>
    public string? Text { get; init; }

    /// <summary>The files beside the sheet that loading it read (a marking scheme file, the sources' texts), as full paths.</summary>
    public IReadOnlyList<string> SideFiles { get; init; } = [];
}
