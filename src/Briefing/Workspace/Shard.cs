using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.Workspace;

/// <summary>One of <see cref="Count"/> stable parts of a build (<c>--shard 2/4</c>), so a CI matrix can split the work.</summary>
/// <remarks><see cref="Index"/> is 1-based, as users write it.</remarks>
public sealed partial record Shard(int Index, int Count)
{
    public static readonly Shard All = new(1, 1);

    public static bool TryParse(string text, out Shard shard)
    {
        shard = All;
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var index = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var count = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (count < 1 || index < 1 || index > count)
        {
            return false;
        }

        shard = new Shard(index, count);
        return true;
    }

    /// <summary>
    /// Picks this shard's jobs by position in the ordinal order of their keys, so every machine of a
    /// matrix agrees on the split whatever order it found the files in, and the parts differ in size by at most one.
    /// </summary>
    public IReadOnlyList<T> Select<T>(IEnumerable<T> jobs, Func<T, string> key) =>
        jobs.OrderBy(key, StringComparer.Ordinal)
            .Where((_, position) => position % Count == Index - 1)
            .ToList();

    public override string ToString() => $"{Index}/{Count}";

    [GeneratedRegex(@"^\s*(\d{1,6})\s*/\s*(\d{1,6})\s*$")]
    private static partial Regex Pattern();
}
