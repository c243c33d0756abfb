using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Briefing.Diagnostics;

namespace Briefing.FactSheets.Yaml;

/// <summary>Turns the bytes or string of a fact sheet into text the YAML parser may see.</summary>
internal static class SheetText
{
    /// <summary>Decodes UTF-8 (with or without a BOM); null when the bytes are not UTF-8 text.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, DiagnosticBag bag)
    {
        if (Decoded(bytes) is { } text)
        {
            return Check(text, bag);
        }
        if (!ToUtf16(bytes, out var chars, out var written))
        {
            var (line, column) = EndOf(chars.AsSpan(0, written));
            bag.Error(line, column, "the file is not UTF-8 text (invalid byte sequence)",
                "save it as UTF-8; is it a binary file?");
            return null;
        }

        return Check(new string(chars, 0, written), bag);
    }

    /// <summary>UTF-8 (with or without a BOM) as a string, unchecked; null when the bytes are not UTF-8 text.</summary>
    public static string? Utf8Text(ReadOnlySpan<byte> bytes) =>
        Decoded(bytes) ?? (ToUtf16(bytes, out var chars, out var written) ? new string(chars, 0, written) : null);

    // Valid UTF-8 decoded straight into its string, without a buffer of characters first; null when not valid.
    private static string? Decoded(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        return Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : null;
    }

    // The bytes without a BOM as UTF-16; false when they are not UTF-8, with the characters decoded before the fault.
    private static bool ToUtf16(ReadOnlySpan<byte> bytes, out char[] chars, out int written)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        chars = new char[bytes.Length];
        return Utf8.ToUtf16(bytes, chars, out _, out written, replaceInvalidSequences: false) == OperationStatus.Done;
    }

    /// <summary>Drops a leading BOM and refuses characters YAML does not allow in a stream.</summary>
    public static string? Check(string text, DiagnosticBag bag)
    {
        if (text.StartsWith('\uFEFF')) text = text[1..];
        var line = 1;
        var column = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                column = 1;
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (char.ConvertToUtf32(c, text[i + 1]) is var pair && UnprintableCharacter.IsNoncharacter(pair))
                {
                    return Noncharacter(line, column, pair, bag);
                }

                i++;
                column++;
                continue;
            }

            // Noncharacters are for a program's own use (the loader uses some to stand in for line separators), never text.
            if (UnprintableCharacter.IsNoncharacter(c))
            {
                return Noncharacter(line, column, c, bag);
            }

            if (!IsPrintable(c))
            {
                bag.Error(line, column, $"the file contains the control character U+{(int)c:X4}",
                    "fact sheets are plain UTF-8 text; is it a binary file?");
                return null;
            }

            column++;
        }

        return text;
    }

    private static string? Noncharacter(int line, int column, int codePoint, DiagnosticBag bag)
    {
        bag.Error(line, column, $"the file contains {UnprintableCharacter.Noncharacter(codePoint)}",
            "noncharacters cannot be printed; remove it");
        return null;
    }

    // YAML 1.2, production [1] c-printable; a lone surrogate is no character at all.
    private static bool IsPrintable(char c) =>
        c is '\t' or '\r' or '\u0085'
        || (c >= '\u0020' && c <= '\u007E')
        || (c >= '\u00A0' && c <= '\uD7FF')
        || (c >= '\uE000' && c <= '\uFFFD');

    /// <summary>The 1-based line and column just after <paramref name="prefix"/>, the text before a place in the file.</summary>
    public static (int Line, int Column) EndOf(ReadOnlySpan<char> prefix)
    {
        var lastBreak = prefix.LastIndexOf('\n');
        var line = prefix.Count('\n') + 1;
        return (line, prefix.Length - lastBreak);
    }

    public static int Utf8Length(string text) => Encoding.UTF8.GetByteCount(text);
}
