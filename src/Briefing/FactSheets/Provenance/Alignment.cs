namespace Briefing.FactSheets.Provenance;

/// <summary>Word-by-word alignment of a quote with a passage (longest common subsequence), to say how they differ.</summary>
internal static class Alignment
{
    public static int CommonLength(IReadOnlyList<string> a, IReadOnlyList<string> b, int start, int length)
    {
        var previous = new int[length + 1];
        var current = new int[length + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= length; j++)
            {
                current[j] = a[i - 1] == b[start + j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[length];
    }

    /// <summary>The differences, in reading order: "`x` where the source has `y`", "adds `x`", "leaves out `y`".</summary>
    public static IEnumerable<string> Differences(IReadOnlyList<string> quote, IReadOnlyList<string> passage)
    {
        var table = new int[quote.Count + 1, passage.Count + 1];
        for (var i = quote.Count - 1; i >= 0; i--)
        {
            for (var j = passage.Count - 1; j >= 0; j--)
            {
                table[i, j] = quote[i] == passage[j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        var (qi, pj) = (0, 0);
        var added = new List<string>();
        var left = new List<string>();
        while (qi < quote.Count || pj < passage.Count)
        {
            if (qi < quote.Count && pj < passage.Count && quote[qi] == passage[pj])
            {
                if (Describe(added, left) is { } difference) yield return difference;
                qi++;
                pj++;
            }
            else if (pj >= passage.Count || (qi < quote.Count && table[qi + 1, pj] >= table[qi, pj + 1]))
            {
                added.Add(quote[qi++]);
            }
            else
            {
                left.Add(passage[pj++]);
            }
        }

        if (Describe(added, left) is { } last) yield return last;
    }

    private static string? Describe(List<string> added, List<string> left)
    {
        string? text = (added.Count, left.Count) switch
        {
            (0, 0) => null,
            (_, 0) => $"adds `{string.Join(' ', added)}`",
            (0, _) => $"leaves out `{string.Join(' ', left)}`",
            _ => $"has `{string.Join(' ', added)}` where the source has `{string.Join(' ', left)}`",
        };
        added.Clear();
        left.Clear();
        return text;
    }
}
