namespace Briefing.Snapshots;

/// <summary>Compares two snapshot texts line by line, ignoring only the difference between CRLF and LF.</summary>
public static class TextComparison
{
    /// <returns><c>null</c> when equal, otherwise where the first difference is and what each side has there.</returns>
    public static string? FirstDifference(string expected, string actual)
    {
        var left = Lines(expected);
        var right = Lines(actual);
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var a = i < left.Length ? left[i] : null;
            var b = i < right.Length ? right[i] : null;
            if (a != b)
            {
                return $"line {i + 1}: expected {Show(a)}, got {Show(b)}";
            }
        }

        return null;
    }

    /// <summary>The form snapshots are stored in: LF line ends, one final newline.</summary>
    public static string Normalize(string text) => string.Join('\n', Lines(text)) + "\n";

    private static string[] Lines(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        return lines.Length > 0 && lines[^1].Length == 0 ? lines[..^1] : lines;
    }

    private static string Show(string? line) => line is null ? "end of file" : $"`{line}`";
}
