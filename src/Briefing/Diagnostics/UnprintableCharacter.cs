using System.Globalization;

namespace Briefing.Diagnostics;

/// <summary>
/// A character that has no place in a document: a control character, a lone surrogate (half of a pair, no
/// character at all: it becomes U+FFFD or breaks the encoder) or a noncharacter (U+FDD0–U+FDEF and the last two
/// code points of every plane, U+FFFE, U+FFFF, U+1FFFE ...; Unicode reserves them for a program's internal use,
/// fonts draw them as boxes and XML, so Word files, forbids U+FFFE and U+FFFF).
/// </summary>
/// <param name="Index">Where it starts in the text (a noncharacter above U+FFFF takes two chars).</param>
/// <param name="Description">How a message names it: "the control character U+0007 (BEL ...)", "the noncharacter U+FFFE".</param>
public readonly record struct UnprintableCharacter(int Index, string Description)
{
    /// <summary>The first unprintable character of <paramref name="text"/>; line breaks and tabs are printable.</summary>
    public static UnprintableCharacter? Find(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            // Printable ASCII is most of every text: skip it at vector speed.
            var skip = text[i..].IndexOfAnyExceptInRange('\u0020', '\u007E');
            if (skip < 0)
            {
                return null;
            }
            i += skip;
            var c = text[i];
            if (c is '\n' or '\t' or '\r')
            {
                continue;
            }

            if (c < '\u0020' || c is >= '\u007F' and <= '\u009F')
            {
                return new UnprintableCharacter(i, $"the control character {PrintableText.Name(c)}");
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                if (IsNoncharacter(codePoint))
                {
                    return new UnprintableCharacter(i, Noncharacter(codePoint));
                }

                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return new UnprintableCharacter(i, string.Create(CultureInfo.InvariantCulture, $"the lone surrogate U+{(int)c:X4} (half of a character)"));
            }

            if (IsNoncharacter(c))
            {
                return new UnprintableCharacter(i, Noncharacter(c));
            }
        }

        return null;
    }

    public static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    /// <summary>How a message names a noncharacter: "the noncharacter U+FFFE".</summary>
    public static string Noncharacter(int codePoint) =>
        string.Create(CultureInfo.InvariantCulture, $"the noncharacter U+{codePoint:X4}");
}
