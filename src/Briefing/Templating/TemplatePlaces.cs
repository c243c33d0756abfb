using Briefing.Workspace;
using Briefing.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Templating;

/// <summary>Turns Scriban's source spans (real paths, 0-based) into diagnostics that name the files as the user gave the folder.</summary>
internal sealed class TemplatePlaces(string templatesDir, string realRoot, string? factSheetPath)
{
    /// <summary>What the template can name, for "did you mean" hints; set once the globals exist.</summary>
    public IReadOnlyList<ScriptObject> Globals { get; init; } = [];

    /// <summary>The parsed main template, set once it parsed; partials are parsed when an error points into one.</summary>
    public ScriptPage? Main { get; set; }

    public string Display(string path)
    {
        if (!RealPath.IsInside(path, realRoot)) return path;
        var relative = Path.GetRelativePath(realRoot, path);
        return Path.Combine(templatesDir, relative);
    }

    public Diagnostic At(SourceSpan span, string message, Severity severity = Severity.Error, string? hint = null)
    {
        var rewritten = severity == Severity.Error && Main is not null ? Names().For(message, span) : null;
        return new(Display(span.FileName ?? ""), span.Start.Line + 1, span.Start.Column + 1, severity,
            rewritten?.Message ?? LimitMessage(message), Hint(hint ?? rewritten?.Hint ?? LimitHint(message)));
    }

    public Diagnostic At(string path, string message) => new(Display(path), 0, 0, Severity.Error, message, Hint(null));

    public Diagnostic At(string path, int line, int column, string message, string? hint) =>
        new(Display(path), line, column, Severity.Error, message, Hint(hint));

    private NameSuggestion Names()
    {
        var pages = new List<ScriptPage> { Main! };
        return new NameSuggestion(new TemplateScope(new LazyPages(pages), Globals), SourceOf);
    }

    private static string SourceOf(SourceSpan span)
    {
        try
        {
            var text = InputFile.ReadText(span.FileName, InputFile.TextLimit, "template");
            var start = Math.Clamp(span.Start.Offset, 0, text.Length);
            var end = Math.Clamp(span.End.Offset + 1, start, text.Length);
            return text[start..end].Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return "";
        }
    }

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

    // The main page, and any partial an error points into, parsed on first need.
    private sealed class LazyPages(List<ScriptPage> pages) : IPageSource
    {
        public IEnumerable<ScriptPage> For(string? file)
        {
            if (file is not null && pages.All(p => p.Span.FileName != file) && File.Exists(file))
            {
                if (Template.Parse(InputFile.ReadText(file, InputFile.TextLimit, "template"), file).Page is { } page)
                {
                    pages.Add(page);
                }
            }
            return pages;
        }
    }
}

/// <summary>The parsed template files an error may point into.</summary>
internal interface IPageSource
{
    IEnumerable<ScriptPage> For(string? file);
}
