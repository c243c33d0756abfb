using System.Text;

namespace Briefing.Templating;

/// <summary>Reduces runs of blank lines to one, outside fenced code, and ends the text with one newline.</summary>
/// <remarks>
/// Markdown reads several blank lines as one, so this changes nothing for the layout; it lets templates leave
/// sections out with simple <c>if</c> blocks and still give a tidy, diff-friendly document.
/// </remarks>
internal static class BlankLines
{
    public static string Collapse(string markdown) => CollapseKeepingOrigins(markdown).Text;

    /// <summary>The collapsed text, and for each of its lines the 0-based line of <paramref name="markdown"/> it was.</summary>
    public static (string Text, IReadOnlyList<int> Origins) CollapseKeepingOrigins(string markdown)
    {
        // Line by line over the text itself: every render passes its whole Markdown through here, and a string per
        // line (then a join) cost more than the rest of the work.
        var text = new StringBuilder(markdown.Length + 1);
        var origins = new List<int>();
        // The text and line count up to the last line kept that is not empty: trailing empty lines are dropped.
        var (textEnd, originsEnd) = (0, 0);
        var lastKeptEmpty = true;
        string? fence = null;
        var index = 0;
        var start = 0;
        while (start <= markdown.Length)
        {
            var newline = markdown.IndexOf('\n', start);
            var end = newline < 0 ? markdown.Length : newline;
            var line = markdown.AsSpan(start, end - start);
            var trimmed = line.TrimStart();
            if (fence is null && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
                fence = trimmed[..3].ToString();
            else if (fence is not null && trimmed.StartsWith(fence, StringComparison.Ordinal))
                fence = null;
            var blank = trimmed.IsEmpty;
            if (!(fence is null && blank && lastKeptEmpty))
            {
                var kept = blank && fence is null ? [] : line;
                text.Append(kept).Append('\n');
                origins.Add(index);
                lastKeptEmpty = kept.IsEmpty;
                if (!kept.IsEmpty)
                {
                    (textEnd, originsEnd) = (text.Length, origins.Count);
                }
            }
            index++;
            if (newline < 0) break;
            start = newline + 1;
        }
        text.Length = textEnd;
        origins.RemoveRange(originsEnd, origins.Count - originsEnd);
        return (textEnd == 0 ? "\n" : text.ToString(), origins);
    }
}
