using System.Text.RegularExpressions;

namespace Briefing.Layout;

/// <summary>
/// Spots a colour written without quotes (<c>color: #1f3864</c>): YAML reads the <c>#</c> as the start of a
/// comment, so the value is empty, or a flow mapping breaks.
/// </summary>
internal static partial class UnquotedColour
{
    /// <summary>The colour that stands unquoted on the 1-based line, or null.</summary>
    public static string? On(string yamlText, int line)
    {
        var lines = yamlText.ReplaceLineEndings("\n").Split('\n');
        if (line < 1 || line > lines.Length)
        {
            return null;
        }
        var match = Pattern().Match(lines[line - 1]);
        return match.Success ? match.Groups["colour"].Value : null;
    }

    /// <summary>A hint to quote the colour, when the line or the one before it (a broken flow mapping is found after its end) holds an unquoted one.</summary>
    public static string? HintNear(string yamlText, int line) =>
        (On(yamlText, line) ?? On(yamlText, line - 1)) is { } colour ? QuoteHint(colour) : null;

    public static string QuoteHint(string colour) =>
        $"quote the colour: `\"{colour}\"` (unquoted, YAML reads `#` as the start of a comment)";

    [GeneratedRegex(@":\s+(?<colour>#[0-9A-Fa-f]{3,8})\b")]
    private static partial Regex Pattern();
}
