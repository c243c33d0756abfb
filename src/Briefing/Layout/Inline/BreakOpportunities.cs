namespace Briefing.Layout.Inline;

/// <summary>
/// Where lines may break: after whitespace, after a hyphen between letters, after en and em dashes, at a soft hyphen
/// and at the hyphenation points of a word; and where they must (after '\n'). Non-breaking spaces do not break.
/// </summary>
internal static class BreakOpportunities
{
    public const char SoftHyphen = '\u00AD';

    /// <summary>
    /// Words as UTF-16 ranges (start, contentEnd, end); [contentEnd, end) is whitespace or the newline. A word may be
    /// cut where <paramref name="hyphenation"/> (given a word's range) allows, or at its soft hyphens, which then
    /// stand alone; such a piece has <c>Hyphen</c> set: a line ending there shows a hyphen. With <paramref name="into"/>,
    /// that list is emptied and filled instead of a new one: a typesetter reuses one for every paragraph.
    /// </summary>
    public static List<(int Start, int ContentEnd, int End, bool Forced, bool Hyphen)> Words(string text, Func<int, int, (int Offset, IReadOnlyList<int> Points)>? hyphenation = null,
        List<(int Start, int ContentEnd, int End, bool Forced, bool Hyphen)>? into = null)
    {
        // About one word in six characters: sized once rather than grown.
        var words = into ?? new List<(int, int, int, bool, bool)>(text.Length / 5 + 1);
        words.Clear();
        words.EnsureCapacity(text.Length / 5 + 1);
        void Add(int start, int contentEnd, int end, bool forced)
        {
            // A word with soft hyphens breaks only there, as its author chose; else where the language's patterns allow.
            var from = start;
            var soft = text.IndexOf(SoftHyphen, start, contentEnd - start);
            if (soft >= 0)
            {
                foreach (var point in SoftHyphens(text, start, soft, contentEnd))
                {
                    words.Add((from, point, point, false, true));
                    from = point;
                }
            }
            else if (hyphenation is not null && contentEnd - start >= 4)
            {
                var (offset, points) = hyphenation(start, contentEnd);
                for (var p = 0; p < points.Count; p++)
                {
                    words.Add((from, offset + points[p], offset + points[p], false, true));
                    from = offset + points[p];
                }
            }
            words.Add((from, contentEnd, end, forced, false));
        }

        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(start, i, i + 1, true);
                start = i + 1;
                i++;
                continue;
            }
            if (IsBreakingSpace(c))
            {
                var contentEnd = i;
                while (i < text.Length && IsBreakingSpace(text[i]))
                {
                    i++;
                }
                var forced = i < text.Length && text[i] == '\n';
                Add(start, contentEnd, forced ? i + 1 : i, forced);
                i = forced ? i + 1 : i;
                start = i;
                continue;
            }
            var dash = c is '\u2013' or '\u2014' && i + 1 < text.Length && !IsBreakingSpace(text[i + 1]) && text[i + 1] != '\n';
            var hyphen = c is '-' or '\u2010' && i > start && char.IsLetter(text[i - 1]) && i + 1 < text.Length && char.IsLetter(text[i + 1]);
            i++;
            if (dash || hyphen)
            {
                Add(start, i, i, false);
                start = i;
            }
        }
        if (start < text.Length)
        {
            Add(start, text.Length, text.Length, false);
        }
        return words;
    }

    private static IEnumerable<int> SoftHyphens(string text, int start, int first, int end)
    {
        for (var i = first; i < end - 1; i++)
        {
            if (text[i] == SoftHyphen && i > start && text[i - 1] != SoftHyphen)
            {
                yield return i + 1;
            }
        }
    }

    private static bool IsBreakingSpace(char c) => c is ' ' or '\t' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or '\u200B';
}
