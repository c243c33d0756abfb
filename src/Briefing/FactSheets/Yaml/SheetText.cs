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
        if (Utf8Text(bytes) is { } text)
        {
            return Check(text, bag);
        }

        var (line, column) = EndOf(UpToFault(bytes));
        bag.Error(line, column, "the file is not UTF-8 text (invalid byte sequence)",
            "save it as UTF-8; is it a binary file?");
        return null;
    }

    /// <summary>UTF-8 (with or without a BOM) as a string, unchecked; null when the bytes are not UTF-8 text.</summary>
    public static string? Utf8Text(ReadOnlySpan<byte> bytes)
    {
        // Checked first and decoded straight into the string, without a buffer of characters in between.
        bytes = WithoutBom(bytes);
        return Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : null;
    }

    // The characters before the first byte that is not UTF-8, to say where the fault is.
    private static ReadOnlySpan<char> UpToFault(ReadOnlySpan<byte> bytes)
    {
        bytes = WithoutBom(bytes);
        var chars = new char[bytes.Length];
        Utf8.ToUtf16(bytes, chars, out _, out var written, replaceInvalidSequences: false);
        return chars.AsSpan(0, written);
    }

    private static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;

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
