namespace Briefing.Text.Bidi;

/// <summary>Bidi_Class and Bidi_Paired_Bracket of code points, from the generated Unicode tables.</summary>
internal static class BidiCategories
{
    public static BidiCategory Of(int codepoint)
    {
        var starts = BidiData.RangeStarts;
        var lo = 0;
        var hi = starts.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= codepoint)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return (BidiCategory)BidiData.RangeCategories[lo];
    }

    /// <summary>
    /// For a paired bracket, its pair's identity (the opening bracket, after canonical equivalence: U+2329 and U+232A
    /// pair like U+3008 and U+3009) and whether it opens; 0 for any other character.
    /// </summary>
    public static (int Pair, bool Opens) Bracket(int codepoint)
    {
        var pairs = BidiData.BracketPairs;
        for (var i = 0; i < pairs.Length; i += 2)
        {
            if (pairs[i] == codepoint)
            {
                return (Canonical(codepoint), true);
            }
            if (pairs[i + 1] == codepoint)
            {
                return (Canonical(pairs[i]), false);
            }
        }
        return (0, false);
    }

    private static int Canonical(int opening) => opening == 0x2329 ? 0x3008 : opening;

    /// <summary>
    /// The invisible characters that only steer direction (marks, embeddings, overrides, isolates): they take part in
    /// the algorithm but are never drawn or written as text.
    /// </summary>
    public static bool IsDirectionControl(int codepoint) =>
        codepoint is 0x200E or 0x200F or 0x061C or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069);
}
