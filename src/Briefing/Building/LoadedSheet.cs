using Briefing.Diagnostics;
using Briefing.FactSheets;

namespace Briefing.Building;

/// <summary>What loading a fact sheet gave: the sheet and its inputs (both null when it failed), and what loading found.</summary>
internal sealed record LoadedSheet(FactSheet? Sheet, FactSheetInputs? Inputs, IReadOnlyList<Diagnostic> Diagnostics);
