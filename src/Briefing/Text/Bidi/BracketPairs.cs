namespace Briefing.Text.Bidi;

/// <summary>Definition BD16 of UAX #9: the bracket pairs of an isolating run sequence, by position of the opening bracket.</summary>
internal static class BracketPairs
{
    private const int StackLimit = 63;

    /// <summary>Positions within the sequence of each pair's opening and closing bracket; only brackets still ON count.</summary>
    public static List<(int Open, int Close)> Find(int[] indices, BidiCategory[] types, int[] codepoints)
    {
        var pairs = new List<(int Open, int Close)>();
        var stack = new List<(int Pair, int Position)>();
        for (var k = 0; k < indices.Length; k++)
        {
            if (types[k] != BidiCategory.ON || codepoints.Length == 0)
            {
                continue;
            }
            var (pair, opens) = BidiCategories.Bracket(codepoints[indices[k]]);
            if (pair == 0)
            {
                continue;
            }
            if (opens)
            {
                if (stack.Count == StackLimit)
                {
                    break;
                }
                stack.Add((pair, k));
                continue;
            }
            for (var s = stack.Count - 1; s >= 0; s--)
            {
                if (stack[s].Pair == pair)
                {
                    pairs.Add((stack[s].Position, k));
                    stack.RemoveRange(s, stack.Count - s);
                    break;
                }
            }
        }
        pairs.Sort((a, b) => a.Open.CompareTo(b.Open));
        return pairs;
    }
}
