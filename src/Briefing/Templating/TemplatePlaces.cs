using Briefing.Diagnostics;
using Scriban.Parsing;

namespace Briefing.Templating;

/// <summary>Turns Scriban's source spans (real paths, 0-based) into diagnostics that name the files as the user gave the folder.</summary>
internal sealed class TemplatePlaces(string templatesDir, string realRoot, string? factSheetPath)
{
    /// <summary>Set once the template's names are known, to suggest one for a misspelt name.</summary>
    public NameSuggestion? Suggestions { get; init; }

    public string Display(string path)
    {
        if (!RealPath.IsInside(path, realRoot)) return path;
        var relative = Path.GetRelativePath(realRoot, path);
        return Path.Combine(templatesDir, relative);
    }

    public Diagnostic At(SourceSpan span, string message, Severity severity = Severity.Error) =>
        new(Display(span.FileName ?? ""), span.Start.Line + 1, span.Start.Column + 1, severity, LimitMessage(message), Hint(Suggestions?.For(message) ?? LimitHint(message)));

    public Diagnostic At(string path, string message) => new(Display(path), 0, 0, Severity.Error, message, Hint(null));

    // Scriban names its own setting (`LimitToString`, `OutputLimit`); the user needs to hear which text grew too long and how far it may go.
    private static string LimitMessage(string message) =>
        message.Contains("LimitToString", StringComparison.Ordinal) || message.Contains("OutputLimit", StringComparison.Ordinal)
            ? $"a string or the output of the template would be longer than {TemplateRenderer.OutputLimit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters, the limit of a template's output; nothing is cut short, so the render stops"
            : message;

    private static string? LimitHint(string message) =>
        message.Contains("iteration limit", StringComparison.Ordinal) ? $"all loops of a template may run {TemplateRenderer.LoopLimit} times in all; is a loop endless?"
        : message.Contains("recursive depth limit", StringComparison.Ordinal) ? $"functions and includes may nest {TemplateRenderer.RecursiveLimit} deep; does one call itself without end?"
        : null;

    private string? Hint(string? suggestion)
    {
        var rendering = factSheetPath is null ? null : $"while rendering {factSheetPath}";
        return suggestion is null ? rendering : rendering is null ? suggestion : $"{suggestion} {rendering}";
    }

    public IEnumerable<Diagnostic> From(IEnumerable<LogMessage> messages) =>
        messages.Select(m => At(m.Span, m.Message, m.Type == ParserMessageType.Error ? Severity.Error : Severity.Warning));
}
