using Briefing.Templating;

namespace Briefing.Diagnostics;

/// <summary>
/// Moves problems found in the generated Markdown (a file the user never sees) to the template line that wrote that
/// Markdown line, where the author can change it. The column is where the offending Markdown text stands in the
/// template line, or the line's first text when the template builds it from values.
/// </summary>
internal static class TemplateLinePlaces
{
    // Long enough that a match is the same text, short enough to survive a value printed into the line.
    private const int LongestFragment = 40;

    /// <summary>
    /// The diagnostics, those at a line of <paramref name="markdownPath"/> moved to the template line that wrote it;
    /// <paramref name="readLines"/> gives a template file's lines, or null when it cannot be read.
    /// </summary>
    public static IReadOnlyList<Diagnostic> InTemplate(IReadOnlyList<Diagnostic> diagnostics, string markdownPath, string markdown,
        IReadOnlyList<TemplatePlace?> templateLines, Func<string, IReadOnlyList<string>?> readLines)
    {
        if (templateLines.Count == 0 || !diagnostics.Any(d => d.File == markdownPath && d.Line > 0))
        {
            return diagnostics;
        }
        var markdownLines = markdown.Split('\n');
        var files = new Dictionary<string, IReadOnlyList<string>?>(StringComparer.Ordinal);
        return diagnostics.Select(d =>
        {
            if (d.File != markdownPath || d.Line <= 0 || WriterOf(templateLines, d.Line) is not { } place)
            {
                return d;
            }
            if (!files.TryGetValue(place.File, out var lines))
            {
                files[place.File] = lines = readLines(place.File);
            }
            var written = d.Line <= markdownLines.Length ? markdownLines[d.Line - 1] : "";
            var template = lines is not null && place.Line <= lines.Count ? lines[place.Line - 1] : null;
            return d with { File = place.File, Line = place.Line, Column = Column(written, Math.Max(1, d.Column), template) };
        }).ToList();
    }

    /// <summary>The template line that wrote Markdown line <paramref name="line"/>, or one of the few lines after it.</summary>
    /// <remarks>A block's first line may hold only a marker the template wrote on a line of its own.</remarks>
    private static TemplatePlace? WriterOf(IReadOnlyList<TemplatePlace?> templateLines, int line)
    {
        for (var i = line; i <= Math.Min(templateLines.Count, line + 3); i++)
        {
            if (templateLines[i - 1] is { } place)
            {
                return place;
            }
        }
        return null;
    }

    /// <summary>Reads a template file's lines for <see cref="InTemplate"/>; null when it cannot be read.</summary>
    public static IReadOnlyList<string>? ReadLines(string path)
    {
        try
        {
            return File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static int Column(string written, int column, string? template)
    {
        if (template is null)
        {
            return 0;
        }
        var fragment = column - 1 < written.Length ? written[(column - 1)..] : "";
        for (var length = Math.Min(fragment.Length, LongestFragment); length >= Math.Min(2, fragment.Length) && length > 0; length--)
        {
            var at = template.IndexOf(fragment[..length], StringComparison.Ordinal);
            if (at >= 0)
            {
                return at + 1;
            }
        }
        // Text an expression printed is not in the template; the text the template wrote before it is, and the
        // expression follows it.
        var before = written[..Math.Min(column - 1, written.Length)];
        for (var length = Math.Min(before.Length, LongestFragment); length >= 2; length--)
        {
            var at = template.IndexOf(before[^length..], StringComparison.Ordinal);
            if (at >= 0)
            {
                return ExpressionAt(template, at + length) + 1;
            }
        }

        var text = template.Length - template.TrimStart().Length;
        return text < template.Length ? text + 1 : 1;
    }

    // The column of the expression inside a `{{ }}` that starts at `at`, else `at` itself.
    private static int ExpressionAt(string template, int at)
    {
        if (!template.AsSpan(at).StartsWith("{{", StringComparison.Ordinal))
        {
            return at;
        }

        var i = at + 2;
        while (i < template.Length && (template[i] is '-' or '~' || char.IsWhiteSpace(template[i])))
        {
            i++;
        }

        return i < template.Length ? i : at;
    }
}
