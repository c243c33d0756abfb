using Briefing.Diagnostics;

namespace Briefing.Building;

/// <summary>
/// What loading one fact sheet found that its outputs' keys depend on: its id, the side files it read (full paths) and
/// its own warnings, with the size and SHA-256 of the bytes it was loaded from. A later build whose fact sheet has
/// the same bytes takes these instead of loading the sheet again, since loading is a function of those bytes, the
/// side files and the program, and the last two are in every key.
/// </summary>
public sealed record FactSheetInputs(string Id, long Bytes, string Sha256, IReadOnlyList<string> SideFiles, IReadOnlyList<Diagnostic> Diagnostics);
