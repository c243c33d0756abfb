namespace Briefing.FactSheets.Format;

/// <summary>Finds the known word an author probably meant, for "did you mean ...?" hints.</summary>
internal static class KeySuggestion
{
    /// <summary>The closest candidate within a few typos of <paramref name="word"/>, or null.</summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var folded = Fold(word);
        foreach (var candidate in candidates)
        {
            var distance = Distance(folded, Fold(candidate));
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= Tolerance(Math.Max(word.Length, best.Length)) ? best : null;
    }

    // Short keys tolerate one typo; longer ones more, but never so many that any key matches.
    private static int Tolerance(int length) => length switch
    {
        <= 5 => 1,
        <= 9 => 2,
        _ => 3,
    };

    // Case and `-` against `_` are the commonest slips; they should not count as typos.
    private static string Fold(string word) => word.ToLowerInvariant().Replace('-', '_').Replace(' ', '_');

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    internal static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 3) return int.MaxValue;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
