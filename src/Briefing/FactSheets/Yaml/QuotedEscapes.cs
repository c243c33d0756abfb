using System.Globalization;
using Briefing.Diagnostics;

namespace Briefing.FactSheets.Yaml;

/// <summary>
/// The escapes of a double-quoted YAML scalar, read from the file's own text: each character an escape writes is
/// checked as the same character written raw would be, and refused at the escape itself.
/// </summary>
/// <remarks>
/// Checking the parsed value instead cannot tell an escaped <c>"\uFDD0"</c> from a raw line separator that
/// <see cref="YamlBreaks"/> handed to the parser as that very noncharacter, and can only name the value's start.
/// </remarks>
internal static class QuotedEscapes
{
    /// <summary>
    /// Reports the first escape in <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>) (a
    /// double-quoted scalar, quotes included) that writes a character no value may hold; true when there is one.
    /// </summary>
    public static bool Refuse(string text, int start, int end, DiagnosticBag bag)
    {
        end = Math.Min(end, text.Length);
        for (var i = Math.Max(0, start); i < end - 1; i++)
        {
            if (text[i] != '\\')
            {
                continue;
            }

            var escape = i;
            var (codePoint, length) = Decode(text, i + 1, end);
            i += length;
            if (codePoint is { } c && Unprintable(c) is { } description)
            {
                var (line, column) = SheetText.EndOf(text.AsSpan(0, escape));
                bag.Error(line, column, $"the value contains {description}",
                    description.StartsWith("the control", StringComparison.Ordinal)
                        ? "control characters cannot be printed; remove the escape"
                        : "it cannot be printed; remove the escape");
                return true;
            }
        }

        return false;
    }

    // What the escape after a backslash at text[at - 1] writes, and how many characters follow the backslash.
    // YAML 1.2, production [62] c-ns-esc-char; the parser has already refused malformed escapes.
    private static (int? CodePoint, int Length) Decode(string text, int at, int end)
    {
        if (at >= end)
        {
            return (null, 0);
        }

        int? Hex(int digits) =>
            at + digits < end && int.TryParse(text.AsSpan(at + 1, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var v) ? v : null;

        return text[at] switch
        {
            '0' => (0, 1),
            'a' => (7, 1),
            'b' => (8, 1),
            't' or '\t' => (9, 1),
            'n' => (10, 1),
            'v' => (11, 1),
            'f' => (12, 1),
            'r' => (13, 1),
            'e' => (0x1B, 1),
            'N' => (0x85, 1),
            '_' => (0xA0, 1),
            'L' => (0x2028, 1),
            'P' => (0x2029, 1),
            'x' => (Hex(2), 3),
            'u' => (Hex(4), 5),
            'U' => (Hex(8), 9),
            _ => (null, 1),
        };
    }

    /// <summary>
    /// How a message names <paramref name="codePoint"/> when no value may hold it, else null: the rule of the file's
    /// raw text (<see cref="SheetText"/>: a line break or tab, U+0085 and every printable character), less the
    /// carriage return, which raw text can only hold as part of a line break.
    /// </summary>
    private static string? Unprintable(int codePoint)
    {
        if (codePoint is '\n' or '\t' or 0x85)
        {
            return null;
        }

        if (codePoint is < 0x20 or (>= 0x7F and <= 0x9F))
        {
            return $"the control character {PrintableText.Name((char)codePoint)}";
        }

        if (codePoint is >= 0xD800 and <= 0xDFFF)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the lone surrogate U+{codePoint:X4} (half of a character)");
        }

        return UnprintableCharacter.IsNoncharacter(codePoint) ? UnprintableCharacter.Noncharacter(codePoint) : null;
    }
}
