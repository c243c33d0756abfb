namespace Briefing.Tests.Export;

/// <summary>
/// The tokens of a PDF content stream read as Latin-1 text (ISO 32000-1, 7.2 and 7.3): operators and their operands,
/// with the bytes of each string decoded from its literal or hexadecimal form. Binary bytes inside a literal string
/// are string content, never mistaken for an operator.
/// </summary>
internal static class ContentTokens
{
    public enum Kind { Operator, Operand, String, ArrayStart, ArrayEnd, DictionaryStart, DictionaryEnd }

    /// <summary>One token: where it stands in the text and, for a string, its bytes.</summary>
    public sealed record Token(Kind Kind, string Text, int Start, int Length, byte[]? Bytes = null);

    public static IEnumerable<Token> Read(string content)
    {
        var at = 0;
        while (at < content.Length)
        {
            var c = content[at];
            if (IsWhite(c))
            {
                at++;
                continue;
            }
            var start = at;
            switch (c)
            {
                case '%':
                    while (at < content.Length && content[at] is not ('\n' or '\r'))
                    {
                        at++;
                    }
                    continue;
                case '(':
                    var literal = Literal(content, ref at);
                    yield return new Token(Kind.String, content[start..at], start, at - start, literal);
                    continue;
                case '<' when at + 1 < content.Length && content[at + 1] == '<':
                    at += 2;
                    yield return new Token(Kind.DictionaryStart, "<<", start, 2);
                    continue;
                case '>' when at + 1 < content.Length && content[at + 1] == '>':
                    at += 2;
                    yield return new Token(Kind.DictionaryEnd, ">>", start, 2);
                    continue;
                case '<':
                    var end = content.IndexOf('>', at);
                    if (end < 0)
                    {
                        throw new FormatException($"an unclosed hexadecimal string at {start}");
                    }
                    at = end + 1;
                    yield return new Token(Kind.String, content[start..at], start, at - start, Hex(content[(start + 1)..end]));
                    continue;
                case '[':
                    at++;
                    yield return new Token(Kind.ArrayStart, "[", start, 1);
                    continue;
                case ']':
                    at++;
                    yield return new Token(Kind.ArrayEnd, "]", start, 1);
                    continue;
            }
            at++;
            while (at < content.Length && !IsWhite(content[at]) && !IsDelimiter(content[at]))
            {
                at++;
            }
            var text = content[start..at];
            var operand = text[0] is '/' or '+' or '-' or '.' || char.IsAsciiDigit(text[0]) || text is "true" or "false" or "null";
            yield return new Token(operand ? Kind.Operand : Kind.Operator, text, start, at - start);
        }
    }

    private static bool IsWhite(char c) => c is '\0' or '\t' or '\n' or '\f' or '\r' or ' ';

    private static bool IsDelimiter(char c) => c is '(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%';

    // From the opening parenthesis to just after the balancing one, with every escape and line end as a reader reads it.
    private static byte[] Literal(string content, ref int at)
    {
        var bytes = new List<byte>();
        var depth = 1;
        at++;
        while (true)
        {
            if (at >= content.Length)
            {
                throw new FormatException("an unclosed literal string");
            }
            var c = content[at++];
            switch (c)
            {
                case '(':
                    depth++;
                    bytes.Add((byte)c);
                    break;
                case ')':
                    if (--depth == 0)
                    {
                        return [.. bytes];
                    }
                    bytes.Add((byte)c);
                    break;
                case '\r':
                    // An unescaped line end of any kind is read as one line feed.
                    if (at < content.Length && content[at] == '\n')
                    {
                        at++;
                    }
                    bytes.Add((byte)'\n');
                    break;
                case '\\':
                    Escape(content, ref at, bytes);
                    break;
                default:
                    bytes.Add((byte)c);
                    break;
            }
        }
    }

    private static void Escape(string content, ref int at, List<byte> bytes)
    {
        if (at >= content.Length)
        {
            throw new FormatException("a backslash at the end of a literal string");
        }
        var e = content[at++];
        switch (e)
        {
            case 'n': bytes.Add((byte)'\n'); return;
            case 'r': bytes.Add((byte)'\r'); return;
            case 't': bytes.Add((byte)'\t'); return;
            case 'b': bytes.Add((byte)'\b'); return;
            case 'f': bytes.Add((byte)'\f'); return;
            case '\r':
                if (at < content.Length && content[at] == '\n')
                {
                    at++;
                }
                return;
            case '\n':
                return;
            case >= '0' and <= '7':
                var value = e - '0';
                for (var digits = 1; digits < 3 && at < content.Length && content[at] is >= '0' and <= '7'; digits++)
                {
                    value = value * 8 + (content[at++] - '0');
                }
                bytes.Add((byte)value);
                return;
            default:
                // \( \) \\ stand for themselves, and a backslash before any other character is ignored.
                bytes.Add((byte)e);
                return;
        }
    }

    private static byte[] Hex(string digits)
    {
        var clean = new string([.. digits.Where(char.IsAsciiHexDigit)]);
        if (clean.Length % 2 == 1)
        {
            clean += "0";
        }
        return Convert.FromHexString(clean);
    }
}
