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
        var lines = markdown.Split('\n');
        var kept = new List<string>(lines.Length);
        var origins = new List<int>(lines.Length);
        string? fence = null;
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            var trimmed = line.TrimStart();
            if (fence is null && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
                fence = trimmed[..3];
            else if (fence is not null && trimmed.StartsWith(fence, StringComparison.Ordinal))
                fence = null;
            var blank = line.Trim().Length == 0;
            if (fence is null && blank && (kept.Count == 0 || kept[^1].Length == 0)) continue;
            kept.Add(blank && fence is null ? "" : line);
            origins.Add(index);
        }
        while (kept.Count > 0 && kept[^1].Length == 0)
        {
            kept.RemoveAt(kept.Count - 1);
            origins.RemoveAt(origins.Count - 1);
        }
        return (string.Join('\n', kept) + "\n", origins);
    }
}
