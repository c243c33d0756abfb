using System.Buffers;
using System.Text;

namespace Briefing.Templating;

/// <summary>Turns a plain-text value into Markdown that renders as exactly that text, wherever it is printed.</summary>
/// <remarks>
/// The escaping does not depend on where the value lands (paragraph, list item, table cell, heading), so it
/// must be safe in all of them: line breaks are folded to spaces (a value never ends a table row or list item),
/// every character that can start inline markup is backslash-escaped (CommonMark allows a backslash before any
/// ASCII punctuation), and so is a value start that could open a block (list, heading, container, setext line),
/// because a value is often printed right after <c>- </c> or at the start of a line.
/// </remarks>
internal static class MarkdownEscaper
{
    // Inline markup of CommonMark and of the Markdig extensions a layout may enable (pipe tables, strikethrough,
    // sub/superscript, math, attributes, footnotes, entities, HTML, smileys).
    private const string AlwaysEscaped = "\\`*_{}[]()<>#|!~^&$";

    // The characters the loop below looks at: those always escaped and those escaped by what surrounds them.
    private static readonly SearchValues<char> Considered = SearchValues.Create(AlwaysEscaped + "=+:.");

    private static readonly SearchValues<char> Folded = SearchValues.Create("\r\n\t\v\f\u2028\u2029\u0085");

    public static string Escape(string text)
    {
        var folded = Fold(text).Trim();
        if (folded.Length == 0) return "";
        var sb = new StringBuilder(folded.Length + 8);
        EscapeBlockStart(folded, sb, out var start);
        var i = start;
        while (i < folded.Length)
        {
            var plain = folded.AsSpan(i).IndexOfAny(Considered);
            if (plain < 0)
            {
                sb.Append(folded, i, folded.Length - i);
                break;
            }
            sb.Append(folded, i, plain);
            i += plain;
            var c = folded[i];
            if (AlwaysEscaped.Contains(c)
                || (c is '=' or '+' && IsDoubled(folded, i))
                || (c == ':' && (Follows(folded, i + 1, "//") || EndsScheme(folded, i, "mailto") || EndsScheme(folded, i, "tel")))
                || (c == '.' && i >= 3 && string.Compare(folded, i - 3, "www", 0, 3, StringComparison.OrdinalIgnoreCase) == 0))
            {
                sb.Append('\\');
            }
            sb.Append(c);
            i++;
        }
        return sb.ToString();
    }

    private static string Fold(string text)
    {
        if (!text.AsSpan().ContainsAny(Folded))
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') continue;
            if (c is '\n' or '\r' or '\t' or '\v' or '\f' or '\u2028' or '\u2029' or '\u0085') sb.Append(' ');
            // Any other control character is kept, so that the check of what a template writes refuses it by name
            // instead of it vanishing here.
            else sb.Append(c);
        }
        return sb.ToString();
    }

    // A value printed at the start of a line (or after a list marker) must not open a block.
    private static void EscapeBlockStart(string text, StringBuilder sb, out int consumed)
    {
        consumed = 0;
        var c = text[0];
        if (c is '-' or '+' or '=' or ':' or '*' or '>' or '#' or '|')
        {
            sb.Append('\\').Append(c);
            consumed = 1;
            return;
        }
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
        if (digits > 0 && digits < text.Length && text[digits] is '.' or ')')
        {
            sb.Append(text, 0, digits).Append('\\').Append(text[digits]);
            consumed = digits + 1;
        }
    }

    private static bool IsDoubled(string text, int i) =>
        (i > 0 && text[i - 1] == text[i]) || (i + 1 < text.Length && text[i + 1] == text[i]);

    // The autolink extension also links `mailto:` and `tel:` without slashes; an escaped colon breaks the match.
    private static bool EndsScheme(string text, int colon, string scheme) =>
        colon >= scheme.Length && string.Compare(text, colon - scheme.Length, scheme, 0, scheme.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static bool Follows(string text, int at, string what) =>
        at + what.Length <= text.Length && string.CompareOrdinal(text, at, what, 0, what.Length) == 0;
}
