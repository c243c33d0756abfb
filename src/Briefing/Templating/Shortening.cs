namespace Briefing.Templating;

/// <summary>Cuts text to a maximum length at a word boundary, marking the cut with an ellipsis.</summary>
internal static class Shortening
{
    public static string Shorten(string text, int max)
    {
        if (max < 1) return "";
        if (text.Length <= max) return text;
        var cut = text[..Math.Max(0, max - 1)];
        var space = cut.LastIndexOf(' ');
        // Cut inside a long word only when there is no space in the last third.
        if (space > max * 2 / 3) cut = cut[..space];
        if (cut.Length > 0 && char.IsHighSurrogate(cut[^1])) cut = cut[..^1];
        return cut.TrimEnd(' ', ',', ';', ':', '.', '-', '–') + "…";
    }
}
