namespace Briefing.Text.Bidi;

/// <summary>
/// The Unicode Bidirectional Algorithm (UAX #9, rules P2 to I2 and L1) for one paragraph: the embedding level of
/// every character. Input is per code point; explicit embedding controls and BN characters (removed by rule X9)
/// get the level of the character before them, so callers may treat every position alike.
/// </summary>
internal static class BidiParagraph
{
    /// <summary>Resolves levels; <paramref name="paragraphLevel"/> 0 or 1 forces the base direction, -1 takes it from the text (P2, P3).</summary>
    public static BidiLevels Resolve(ReadOnlySpan<BidiCategory> categories, ReadOnlySpan<int> codepoints, int paragraphLevel = -1)
    {
        var n = categories.Length;
        var initial = categories.ToArray();
        var matchingPdi = MatchingPdi(initial);
        if (paragraphLevel is not (0 or 1))
        {
            paragraphLevel = FirstStrong(initial, 0, n, matchingPdi) == 1 ? 1 : 0;
        }
        var types = (BidiCategory[])initial.Clone();
        var levels = new byte[n];
        ExplicitLevels.Assign(initial, types, levels, matchingPdi, (byte)paragraphLevel);

        foreach (var sequence in IsolatingRunSequence.All(initial, types, levels, matchingPdi, (byte)paragraphLevel, codepoints))
        {
            sequence.Resolve();
        }

        // Characters removed by X9 take the level of what precedes them, so a run is never split by them.
        for (var i = 0; i < n; i++)
        {
            if (IsRemoved(initial[i]))
            {
                levels[i] = i > 0 ? levels[i - 1] : (byte)paragraphLevel;
            }
        }
        ResetTrailing(initial, levels, (byte)paragraphLevel);
        return new BidiLevels(levels, paragraphLevel);
    }

    /// <summary>Rule X9: these take no part in resolving types.</summary>
    public static bool IsRemoved(BidiCategory c) => c is BidiCategory.RLE or BidiCategory.LRE or BidiCategory.RLO
        or BidiCategory.LRO or BidiCategory.PDF or BidiCategory.BN;

    public static bool IsIsolateInitiator(BidiCategory c) => c is BidiCategory.LRI or BidiCategory.RLI or BidiCategory.FSI;

    /// <summary>Rule P2: 0 for L, 1 for R or AL, -1 when none, skipping text inside isolates.</summary>
    public static int FirstStrong(BidiCategory[] types, int start, int end, int[] matchingPdi)
    {
        for (var i = start; i < end; i++)
        {
            switch (types[i])
            {
                case BidiCategory.L:
                    return 0;
                case BidiCategory.R or BidiCategory.AL:
                    return 1;
                case BidiCategory.LRI or BidiCategory.RLI or BidiCategory.FSI:
                    i = matchingPdi[i] < 0 ? end : matchingPdi[i];
                    break;
                case BidiCategory.B:
                    return -1;
            }
        }
        return -1;
    }

    /// <summary>Definition BD9: the PDI that closes each isolate initiator, or -1.</summary>
    private static int[] MatchingPdi(BidiCategory[] types)
    {
        var result = new int[types.Length];
        Array.Fill(result, -1);
        var open = new Stack<int>();
        for (var i = 0; i < types.Length; i++)
        {
            if (IsIsolateInitiator(types[i]))
            {
                open.Push(i);
            }
            else if (types[i] == BidiCategory.PDI && open.Count > 0)
            {
                result[open.Pop()] = i;
            }
            else if (types[i] == BidiCategory.B)
            {
                open.Clear();
            }
        }
        return result;
    }

    /// <summary>Rule L1 for a paragraph that is one line: separators, and whitespace before them or at the end, go to the paragraph level.</summary>
    private static void ResetTrailing(BidiCategory[] initial, byte[] levels, byte paragraphLevel)
    {
        var trailing = true;
        for (var i = initial.Length - 1; i >= 0; i--)
        {
            var c = initial[i];
            if (c is BidiCategory.S or BidiCategory.B)
            {
                levels[i] = paragraphLevel;
                trailing = true;
            }
            else if (trailing && (c is BidiCategory.WS or BidiCategory.LRI or BidiCategory.RLI or BidiCategory.FSI or BidiCategory.PDI || IsRemoved(c)))
            {
                levels[i] = paragraphLevel;
            }
            else
            {
                trailing = false;
            }
        }
    }
}
