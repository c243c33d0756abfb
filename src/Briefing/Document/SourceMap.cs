namespace Briefing.Document;

/// <summary>
/// What is known about where generated Markdown came from: for each line (index 0 is line 1) the template line that
/// wrote it, and the character ranges that print fact-sheet values, in order.
/// </summary>
public sealed record SourceMap(IReadOnlyList<SourcePlace?> TemplateLines, IReadOnlyList<PrintedValue> Values)
{
    public static SourceMap None { get; } = new([], []);

    /// <summary>The template line of Markdown line <paramref name="line"/> (1-based), or of one of the few lines after it.</summary>
    /// <remarks>A block's first line may hold only a marker the template wrote on a line of its own.</remarks>
    public SourcePlace? TemplateOf(int line, int lastLine)
    {
        for (var i = Math.Max(line, 1); i <= Math.Min(lastLine, line + 3) && i <= TemplateLines.Count; i++)
        {
            if (TemplateLines[i - 1] is { } place) return place;
        }

        return null;
    }

    /// <summary>The first printed value that overlaps [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public SourcePlace? DataIn(int start, int end)
    {
        var first = FirstEndingAfter(start);
        return first < Values.Count && Values[first].Start < end ? Values[first].Place : null;
    }

    /// <summary>The index of the first value that ends after <paramref name="offset"/>; values are in order and do not overlap.</summary>
    public int FirstEndingAfter(int offset)
    {
        int low = 0, high = Values.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Values[middle].End <= offset) low = middle + 1;
            else high = middle;
        }

        return low;
    }
}

/// <summary>Characters [<see cref="Start"/>, <see cref="End"/>) of the Markdown print the fact-sheet value at <see cref="Place"/>.</summary>
public sealed record PrintedValue(int Start, int End, SourcePlace Place);
