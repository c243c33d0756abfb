namespace Briefing.Layout;

/// <summary>
/// A running header or footer: three slots whose text may hold <c>{classification}</c>, <c>{title}</c>,
/// <c>{date}</c>, <c>{page}</c> and <c>{pages}</c>, or an image (<see cref="Images"/>, by slot name <c>left</c>,
/// <c>center</c>, <c>right</c>); an optional rule between it and the body. Without
/// <see cref="FirstPage"/> it is left off the first page (a cover), which still counts in the page numbers.
/// </summary>
public sealed record RunningText(string? Left, string? Center, string? Right, BlockStyle Style, bool Rule, bool FirstPage = true)
{
    /// <summary>The names that may stand in braces in a header, footer or banner text.</summary>
    public static IReadOnlyList<string> Placeholders { get; } = ["classification", "title", "date", "page", "pages"];

    /// <summary>The slots that show an image instead of text.</summary>
    public IReadOnlyDictionary<string, RunningImage> Images { get; init; } = new Dictionary<string, RunningImage>();

    /// <summary>Where the theme sets each slot (<c>left</c>, <c>center</c>, <c>right</c>), for a slot that does not fit.</summary>
    public IReadOnlyDictionary<string, ThemePlace> Places { get; init; } = new Dictionary<string, ThemePlace>();
}
