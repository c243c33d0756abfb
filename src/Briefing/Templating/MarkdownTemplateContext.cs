using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Templating;

/// <summary>A Scriban context whose every <c>{{ expression }}</c> output is escaped for Markdown.</summary>
/// <remarks>
/// Escaping at the single place where values reach the output means a template author cannot forget it.
/// Template text outside <c>{{ }}</c> does not pass here and stays markup; so does <see cref="MarkdownText"/>.
/// </remarks>
internal sealed class MarkdownTemplateContext : TemplateContext
{
    public MarkdownTemplateContext(Scriban.Runtime.ScriptObject builtins) : base(builtins)
    {
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        return textAsObject switch
        {
            null => this,
            MarkdownText markup => base.Write(span, Printable(span, markup.Value)),
            // What a `capture` block holds was escaped as it was written; printing it again must not escape it twice.
            IScriptOutput captured => base.Write(span, captured.ToString()),
            _ => base.Write(span, MarkdownEscaper.Escape(Printable(span, ObjectToString(textAsObject) ?? ""))),
        };
    }

    // A string literal can hold an escape such as "\x1b"; a control character would be drawn as a box or reach the
    // PDF's metadata, so the template fails at the expression that writes it.
    private static string Printable(SourceSpan span, string text)
    {
        foreach (var c in text)
        {
            if (c is not ('\n' or '\t' or '\r') && (c < '\u0020' || c is >= '\u007F' and <= '\u009F'))
            {
                throw new ScriptRuntimeException(span, $"the template writes the control character {Diagnostics.PrintableText.Name(c)}, which cannot be printed");
            }
        }

        return text;
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));

    public override string ObjectToString(object? value, bool nested = false) =>
        value is MarkdownText markup ? markup.Value : base.ObjectToString(value, nested) ?? "";
}
