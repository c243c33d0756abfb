using System.Text;

namespace Briefing.Markup;

/// <summary>
/// Straight quotes as a typesetter writes them: “ ” and ‘ ’ in English, « » in Russian and Ukrainian, « » with narrow
/// no-break spaces inside in French, „ “ in German; an apostrophe inside or after a word becomes ’. Whether a mark opens or closes follows from the character
/// before it. The text between the marks is left as it is.
/// </summary>
internal static class TypographicQuotes
{
    // French sets a narrow no-break space inside its guillemets (« texte »); Russian and Ukrainian set none.
    private sealed record Marks(char OpenDouble, char CloseDouble, char OpenSingle, char CloseSingle, bool SpacedDouble = false);

    private const char NarrowNoBreakSpace = '\u202F';

    private static readonly Marks English = new('\u201C', '\u201D', '\u2018', '\u2019');
    private static readonly Marks Guillemets = new('\u00AB', '\u00BB', '\u2018', '\u2019');
    private static readonly Marks French = Guillemets with { SpacedDouble = true };
    private static readonly Marks German = new('\u201E', '\u201C', '\u201A', '\u2018');

    /// <summary>
    /// <paramref name="text"/> with its straight quotes replaced; <paramref name="before"/> is the character that comes
    /// before it in the paragraph (a space at the start), and <paramref name="keepFirst"/> keeps the first character
    /// as written (the author escaped it).
    /// </summary>
    public static string Apply(string text, char before, string? language, bool keepFirst = false)
    {
        if (text.IndexOfAny(['"', '\'']) < 0)
        {
            return text;
        }
        var marks = For(language);
        var result = new StringBuilder(text.Length);
        var previous = before;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '"' or '\'' && !(keepFirst && i == 0))
            {
                var opens = Opens(previous);
                var next = i + 1 < text.Length ? text[i + 1] : ' ';
                if (c == '"' && marks.SpacedDouble)
                {
                    AppendSpaced(result, opens ? marks.OpenDouble : marks.CloseDouble, opens, text, ref i);
                    previous = opens ? marks.OpenDouble : marks.CloseDouble;
                    continue;
                }
                c = c == '"'
                    ? opens ? marks.OpenDouble : marks.CloseDouble
                    : opens && !char.IsWhiteSpace(next) ? marks.OpenSingle : '\u2019';
            }
            result.Append(c);
            previous = c;
        }
        return result.ToString();
    }

    // « then a narrow no-break space (taking the place of a space written after the mark), or a narrow no-break space
    // (in place of one written before it) then ».
    private static void AppendSpaced(StringBuilder result, char mark, bool opens, string text, ref int i)
    {
        if (opens)
        {
            result.Append(mark).Append(NarrowNoBreakSpace);
            if (i + 1 < text.Length && text[i + 1] is ' ' or '\u00A0' or NarrowNoBreakSpace)
            {
                i++;
            }
            return;
        }
        if (result.Length > 0 && result[^1] is ' ' or '\u00A0' or NarrowNoBreakSpace)
        {
            result.Length--;
        }
        result.Append(NarrowNoBreakSpace).Append(mark);
    }

    // A mark opens at the start, after a space, an opening bracket, a dash or another opening mark.
    private static bool Opens(char previous) =>
        char.IsWhiteSpace(previous) || previous is '(' or '[' or '{' or '\u2014' or '\u2013' or '/'
            or '\u201C' or '\u2018' or '\u00AB' or '\u201E' or '\u201A';

    private static Marks For(string? language) => (language?.Split('-', '_')[0].ToLowerInvariant()) switch
    {
        "fr" => French,
        "ru" or "uk" or "be" => Guillemets,
        "de" => German,
        _ => English,
    };
}
