namespace Briefing.Layout.Inline;

/// <summary>
/// Where lines may break: after whitespace, after a hyphen between letters, after en and em dashes; and where they must
/// (after '\n'). Non-breaking spaces do not break.
/// </summary>
internal static class BreakOpportunities
{
    /// <summary>Words as (start, contentEnd, end, forced) UTF-16 ranges; [contentEnd, end) is whitespace or the newline.</summary>
    public static List<(int Start, int ContentEnd, int End, bool Forced)> Words(string text)
    {
        var words = new List<(int, int, int, bool)>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                words.Add((start, i, i + 1, true));
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
                words.Add((start, contentEnd, forced ? i + 1 : i, forced));
                i = forced ? i + 1 : i;
                start = i;
                continue;
            }
            var dash = c is '\u2013' or '\u2014' && i + 1 < text.Length && !IsBreakingSpace(text[i + 1]) && text[i + 1] != '\n';
            var hyphen = c is '-' or '\u2010' && i > start && char.IsLetter(text[i - 1]) && i + 1 < text.Length && char.IsLetter(text[i + 1]);
            i++;
            if (dash || hyphen)
            {
                words.Add((start, i, i, false));
                start = i;
            }
        }
        if (start < text.Length)
        {
            words.Add((start, text.Length, text.Length, false));
        }
        return words;
    }

    private static bool IsBreakingSpace(char c) => c is ' ' or '\t' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or '\u200B';
}
