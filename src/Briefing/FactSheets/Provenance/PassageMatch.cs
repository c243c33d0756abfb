namespace Briefing.FactSheets.Provenance;

/// <summary>Where a quote appears in a source text, or the closest passage and how the quote differs from it.</summary>
internal sealed record PassageMatch(bool Found, string Closest, IReadOnlyList<string> Differences)
{
    private const int MaxDifferences = 3;

    /// <summary>
    /// Looks for <paramref name="quote"/> in <paramref name="source"/>. An ellipsis (<c>…</c> or <c>...</c>) in the quote
    /// stands for words left out: the parts must appear in order.
    /// </summary>
    public static PassageMatch Find(string quote, string source)
    {
        var text = QuoteText.Normalise(source);
        var parts = QuoteText.Normalise(quote).Split(["…", "..."], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var at = 0;
        var found = parts.Length > 0;
        foreach (var part in parts)
        {
            var index = text.IndexOf(part, at, StringComparison.Ordinal);
            if (index < 0)
            {
                found = false;
                break;
            }

            at = index + part.Length;
        }

        return found ? new PassageMatch(true, "", []) : Nearest(QuoteText.Words(quote), QuoteText.Words(source));
    }

    // The window of the source, as long as the quote, that shares the most words with it in order.
    private static PassageMatch Nearest(IReadOnlyList<string> quote, IReadOnlyList<string> source)
    {
        if (quote.Count == 0 || source.Count == 0) return new PassageMatch(false, "", []);
        var length = Math.Min(quote.Count, source.Count);
        var best = 0;
        var bestScore = -1;
        // Windows are scored on bare words, so that `"We` and `We` count as the same word when choosing the passage;
        // a window that begins where the quote begins wins a tie.
        var bareQuote = quote.Select(Bare).ToList();
        var bareSource = source.Select(Bare).ToList();
        for (var start = 0; start + length <= source.Count; start++)
        {
            var score = 2 * Alignment.CommonLength(bareQuote, bareSource, start, length) + (bareSource[start] == bareQuote[0] ? 1 : 0);
            if (score > bestScore)
            {
                bestScore = score;
                best = start;
            }
        }

        var passage = source.Skip(best).Take(length).ToList();
        var differences = Alignment.Differences(quote, passage).Take(MaxDifferences + 1).ToList();
        if (differences.Count > MaxDifferences) differences[MaxDifferences] = "...";
        return new PassageMatch(false, string.Join(' ', passage), differences);
    }

    private static string Bare(string word) => new(word.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
