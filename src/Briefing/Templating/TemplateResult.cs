using Briefing.Diagnostics;

namespace Briefing.Templating;

/// <summary>The Markdown a template produced (null when it failed) and the problems found on the way.</summary>
public sealed record TemplateResult(string? Markdown, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>For each line of <see cref="Markdown"/> (index 0 is line 1), the template line that wrote it, when known.</summary>
    public IReadOnlyList<TemplatePlace?> Lines { get; init; } = [];

    /// <summary>The character ranges of <see cref="Markdown"/> that print fact-sheet values, in order, with the value's key.</summary>
    public IReadOnlyList<InsertedValue> Values { get; init; } = [];
}
