namespace Briefing.Templating;

/// <summary>Moves the ranges of printed values from the template's raw output to the tidied Markdown.</summary>
internal static class InsertedValues
{
    // `origins`: for each line of `markdown`, the 0-based line of `raw` it was.
    public static IReadOnlyList<InsertedValue> Moved(IReadOnlyList<InsertedValue> values, string raw, string markdown, IReadOnlyList<int> origins)
    {
        if (values.Count == 0) return [];
        var rawStarts = LineStarts(raw);
        var starts = LineStarts(markdown);
        var lineOf = new Dictionary<int, int>(origins.Count);
        for (var i = 0; i < origins.Count; i++) lineOf.TryAdd(origins[i], i);

        var moved = new List<InsertedValue>(values.Count);
        foreach (var value in values.OrderBy(v => v.Start))
        {
            var rawLine = LineAt(rawStarts, value.Start);
            if (!lineOf.TryGetValue(rawLine, out var line) || line >= starts.Count) continue;
            var column = value.Start - rawStarts[rawLine];
            var start = starts[line] + column;
            var end = Math.Min(start + (value.End - value.Start), markdown.Length);
            if (start < end) moved.Add(new InsertedValue(start, end, value.Key));
        }

        return moved;
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            // As ReplaceLineEndings counts them: CR LF is one break, a lone CR another.
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static int LineAt(List<int> starts, int offset)
    {
        var index = starts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }
}
