using Briefing.Workspace;
using Briefing.Diagnostics;
using Scriban.Parsing;

namespace Briefing.Templating;

/// <summary>
/// Scriban reports a block without <c>end</c> at the end of the file, often naming an inner block; this finds
/// the block that was really left open, by pairing the statements that open a block with the <c>end</c>s.
/// </summary>
internal static class UnclosedBlocks
{
    private static readonly HashSet<string> Openers = ["for", "if", "while", "capture", "func", "case", "with", "tablerow", "wrap"];

    public static IReadOnlyList<Diagnostic> Explain(IReadOnlyList<Diagnostic> diagnostics, IEnumerable<LogMessage> messages, TemplatePlaces places)
    {
        var missing = messages.FirstOrDefault(m => m.Type == ParserMessageType.Error && m.Message.Contains("<end>", StringComparison.Ordinal));
        if (missing?.Span.FileName is not { } file || !File.Exists(file))
        {
            return diagnostics;
        }
        var open = Unclosed(InputFile.ReadText(file, InputFile.TextLimit, "template"), file);
        if (open.Count == 0)
        {
            return diagnostics;
        }
        var shown = places.Display(file);
        var others = diagnostics.Where(d => !(d.File == shown && d.Message.Contains("<end>", StringComparison.Ordinal)));
        var explained = open.Select(o => places.At(file, o.Place.Line + 1, o.Place.Column + 1,
            $"this `{o.Keyword}` has no `end`",
            $"close it with `{{{{ end }}}}` where its {(o.Keyword is "for" or "while" or "tablerow" ? "loop" : "block")} ends; each `end` closes the nearest open `for`, `if`, `while`, `capture`, `func`, `case` or `with`"));
        return [.. others, .. explained];
    }

    /// <summary>The statements that open a block and are never closed, outermost first.</summary>
    public static IReadOnlyList<(string Keyword, TextPosition Place)> Unclosed(string text, string file)
    {
        var stack = new Stack<(string, TextPosition)>();
        var inCode = false;
        var statementStart = false;
        foreach (var token in new Lexer(text, file))
        {
            switch (token.Type)
            {
                case TokenType.CodeEnter:
                    inCode = true;
                    statementStart = true;
                    continue;
                case TokenType.CodeExit:
                    inCode = false;
                    continue;
                case TokenType.NewLine or TokenType.SemiColon:
                    statementStart = true;
                    continue;
                case TokenType.Whitespace or TokenType.WhitespaceFull or TokenType.Comment or TokenType.CommentMulti:
                    continue;
            }
            if (!inCode)
            {
                continue;
            }
            if (statementStart && token.Type == TokenType.Identifier)
            {
                var word = text.Substring(token.Start.Offset, token.End.Offset - token.Start.Offset + 1);
                if (word == "end" && stack.Count > 0)
                {
                    stack.Pop();
                }
                else if (Openers.Contains(word))
                {
                    stack.Push((word, token.Start));
                }
            }
            statementStart = false;
        }
        return [.. stack.Reverse()];
    }
}
