namespace Briefing.FactSheets.Yaml;

/// <summary>
/// YAML 1.2 reads U+0085, U+2028 and U+2029 as ordinary characters, but YamlDotNet still breaks lines at them
/// (YAML 1.1): a valid file then fails to parse, and every line number after one is off by one from what an
/// editor shows. They are handed to the parser as noncharacters, which Unicode reserves for such internal use and
/// which count as no line break, and turned back in every value.
/// </summary>
internal static class YamlBreaks
{
    private static readonly (char Break, char Stand)[] Pairs = [('\u0085', '\uFDD0'), ('\u2028', '\uFDD1'), ('\u2029', '\uFDD2')];

    /// <summary>Whether <paramref name="text"/> holds a character YamlDotNet would break a line at and YAML 1.2 does not.</summary>
    public static bool Any(ReadOnlySpan<char> text) => text.IndexOfAny('\u0085', '\u2028', '\u2029') >= 0;

    public static string Hide(string text)
    {
        if (!Any(text))
        {
            return text;
        }
        foreach (var (b, stand) in Pairs)
        {
            text = text.Replace(b, stand);
        }
        return text;
    }

    public static string Restore(string value)
    {
        if (value.AsSpan().IndexOfAny('\uFDD0', '\uFDD1', '\uFDD2') < 0)
        {
            return value;
        }
        foreach (var (b, stand) in Pairs)
        {
            value = value.Replace(stand, b);
        }
        return value;
    }
}
