using System.Text;

namespace Briefing.FactSheets.Provenance;

/// <summary>Text as quotes are compared: only white space, quotation-mark style and dash style are made alike.</summary>
/// <remarks>Case, spelling, punctuation other than quotation marks and dashes, and word order all count.</remarks>
internal static class QuoteText
{
    /// <summary>The words of <paramref name="text"/> after normalising quotation marks and dashes.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Runs of white space (line breaks too) become one space; curly and straight quotes, and all dashes, one each.</summary>
    public static string Normalise(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }

            if (space) result.Append(' ');
            space = false;
            result.Append(c switch
            {
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' => '"',
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2039' or '\u203A' or '\u2032' or '`' => '\'',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' => '-',
                _ => c,
            });
        }

        return result.ToString();
    }
}
