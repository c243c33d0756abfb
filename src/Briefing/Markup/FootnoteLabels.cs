using System.Text.RegularExpressions;
using Briefing.Document;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Markup;

/// <summary>Finds the footnote references that cite no note, and the notes no reference cites.</summary>
internal static partial class FootnoteLabels
{
    // Markdig leaves an undefined reference as literal text starting with an unescaped "["; a definition has ':' after it.
    [GeneratedRegex(@"\G\[\^([^\]\s]+)\](?!:)", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    public static List<FootnoteProblem> Problems(MarkdownDocument document, string? markdown, IReadOnlyDictionary<Footnote, int> numbers, Func<MarkdownObject, Document.SourceSpan> span)
    {
        var problems = new List<FootnoteProblem>();
        // References and notes are both written with "[^": a text without it has neither, and its inlines need no walk.
        if (markdown is not null && !markdown.Contains("[^", StringComparison.Ordinal))
        {
            return problems;
        }
        if (markdown is not null)
        {
            foreach (var literal in document.Descendants<LiteralInline>())
            {
                if (literal.Content.Length == 1 && literal.Content.CurrentChar == '[' && literal.Span.Start < markdown.Length
                    && Reference().Match(markdown, literal.Span.Start) is { Success: true } match)
                {
                    problems.Add(new FootnoteProblem(match.Groups[1].Value, span(literal), Undefined: true));
                }
            }
        }
        foreach (var definition in document.Descendants<FootnoteLinkReferenceDefinition>())
        {
            if (definition.Footnote is not { } note || !numbers.ContainsKey(note))
            {
                problems.Add(new FootnoteProblem(definition.Label?.TrimStart('^') ?? "", span(definition), Undefined: false));
            }
        }
        return problems;
    }
}
