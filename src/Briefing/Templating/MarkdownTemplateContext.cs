using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

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
            MarkdownText markup => base.Write(span, markup.Value),
            // What a `capture` block holds was escaped as it was written; printing it again must not escape it twice.
            IScriptOutput captured => base.Write(span, captured.ToString()),
            _ => base.Write(span, MarkdownEscaper.Escape(ObjectToString(textAsObject) ?? "")),
        };
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));

    public override string ObjectToString(object? value, bool nested = false) => value switch
    {
        MarkdownText markup => markup.Value,
        MarkedText marked => marked.ToString(),
        _ => base.ObjectToString(value, nested) ?? "",
    };
}
