using Briefing.Diagnostics;

namespace Briefing.FactSheets.Markings;

/// <summary>A marking scheme when its file has no errors, and every problem found in it.</summary>
public sealed record SchemeLoadResult(MarkingScheme? Scheme, IReadOnlyList<Diagnostic> Diagnostics);
