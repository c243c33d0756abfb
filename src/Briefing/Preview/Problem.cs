using Briefing.Diagnostics;

namespace Briefing.Preview;

/// <summary>A diagnostic with the offending line of its file and the lines around it.</summary>
public sealed record Problem(Diagnostic Diagnostic, IReadOnlyList<ExcerptLine> Excerpt)
{
    /// <summary>Lines shown before and after the offending one.</summary>
    public const int Neighbours = 2;

    // Excerpts stop at a long line's first characters: a minified line must not flood the page.
    private const int LongestLine = 400;

    public static Problem Of(Diagnostic diagnostic)
    {
        if (diagnostic.Line <= 0 || !File.Exists(diagnostic.File)) return new Problem(diagnostic, []);
        try
        {
            var first = Math.Max(1, diagnostic.Line - Neighbours);
            var lines = File.ReadLines(diagnostic.File)
                .Skip(first - 1)
                .Take(diagnostic.Line - first + 1 + Neighbours)
                .Select((text, i) => new ExcerptLine(first + i, text.Length > LongestLine ? text[..LongestLine] + "…" : text))
                .ToList();
            return new Problem(diagnostic, lines);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Problem(diagnostic, []);
        }
    }
}
