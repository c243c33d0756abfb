using System.Globalization;
using System.Text;

namespace Briefing.Diagnostics;

/// <summary>
/// Text as it may be shown on a terminal or in a log: control characters, and the bidi controls that reorder what
/// a reader sees, become visible <c>\u001B</c> escapes, so a value or a file name cannot clear the screen, set the
/// window title, ring the bell or disguise a message.
/// </summary>
public static class PrintableText
{
    /// <summary>Escapes every character <see cref="IsUnsafe"/> names; <paramref name="keepLineBreaks"/> leaves <c>\n</c> and tabs as they are.</summary>
    public static string Escape(string text, bool keepLineBreaks = false)
    {
        if (!text.AsSpan().ContainsAny(Unsafe))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsUnsafe(c) && !(keepLineBreaks && c is '\n' or '\t'))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// C0 and C1 controls, DEL, the line and paragraph separators, and the bidi embedding, override and isolate
    /// controls: characters that steer a terminal or the order of text instead of being read.
    /// </summary>
    public static bool IsUnsafe(char c) =>
        c < '\u0020' || c is >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>How an unsafe character is named in a message: its code point and, for the common ones, the escape a YAML author writes.</summary>
    public static string Name(char c) => c switch
    {
        '\0' => "U+0000 (NUL, written `\\0`)",
        '\a' => "U+0007 (BEL, written `\\a`)",
        '\b' => "U+0008 (backspace, written `\\b`)",
        '\u001B' => "U+001B (ESC, written `\\e`)",
        '\r' => "U+000D (carriage return, written `\\r`)",
        _ => string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}"),
    };

    private static readonly System.Buffers.SearchValues<char> Unsafe = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(IsUnsafe).ToArray());
}
