using Briefing.Diagnostics;

namespace Briefing.Layout;

/// <summary>A theme (null when it has errors) and what was found wrong with the file.</summary>
public sealed record ThemeLoadResult(Theme? Theme, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The theme files read, the extended ones first: a change to any of them changes the theme.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];
}
