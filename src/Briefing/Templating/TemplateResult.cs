using Briefing.Diagnostics;

namespace Briefing.Templating;

/// <summary>The Markdown a template produced (null when it failed) and the problems found on the way.</summary>
public sealed record TemplateResult(string? Markdown, IReadOnlyList<Diagnostic> Diagnostics);
