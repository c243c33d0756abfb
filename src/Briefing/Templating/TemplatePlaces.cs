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
        new(Display(span.FileName ?? ""), span.Start.Line + 1, span.Start.Column + 1, severity, message, Hint(Suggestions?.For(message)));

    public Diagnostic At(string path, string message) => new(Display(path), 0, 0, Severity.Error, message, Hint(null));

    private string? Hint(string? suggestion)
    {
        var rendering = factSheetPath is null ? null : $"while rendering {factSheetPath}";
        return suggestion is null ? rendering : rendering is null ? suggestion : $"{suggestion} {rendering}";
    }

    public IEnumerable<Diagnostic> From(IEnumerable<LogMessage> messages) =>
        messages.Select(m => At(m.Span, m.Message, m.Type == ParserMessageType.Error ? Severity.Error : Severity.Warning));
}
