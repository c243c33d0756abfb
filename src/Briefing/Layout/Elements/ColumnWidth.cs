using System.Globalization;

namespace Briefing.Layout.Elements;

/// <summary>
/// A width asked for one table column: a length (<c>30mm</c>), a share of the table's width (<c>25%</c>), or
/// <c>auto</c> (from the column's content, out of the space the others leave).
/// </summary>
public readonly record struct ColumnWidth(float? Points, float? Share)
{
    public static ColumnWidth Auto { get; } = new(null, null);

    public bool IsAuto => Points is null && Share is null;

    /// <summary>
    /// Reads a list such as <c>30% auto 20mm</c> (spaces or commas between); null and a message when an entry
    /// is none of a length, a percentage or <c>auto</c>.
    /// </summary>
    public static (IReadOnlyList<ColumnWidth>? Widths, string? Problem) ParseList(IEnumerable<string> entries)
    {
        var widths = new List<ColumnWidth>();
        foreach (var entry in entries.SelectMany(e => e.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)))
        {
            if (Parse(entry) is { } width)
            {
                widths.Add(width);
            }
            else
            {
                return (null, $"`{entry}` is not a column width");
            }
        }
        return widths.Count == 0 ? (null, "no column widths are given") : (widths, null);
    }

    public static ColumnWidth? Parse(string text)
    {
        var t = text.Trim();
        if (t.Equals("auto", StringComparison.OrdinalIgnoreCase) || t == "*")
        {
            return Auto;
        }
        if (t.EndsWith('%'))
        {
            return float.TryParse(t[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) && percent is > 0 and <= 100
                ? new ColumnWidth(null, percent / 100)
                : null;
        }
        return Length.TryParse(t, out var points) && points > 0 ? new ColumnWidth(points, null) : null;
    }

    public const string Hint = "give one entry per column: a length (30mm, 40pt), a share of the table width (25%) or auto, e.g. `30% auto`";
}
