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

    private SourceSpan? lastPrinted;

    /// <summary>The span of the <c>{{ }}</c> whose value is being written, while it is written; else null.</summary>
    public SourceSpan? WritingSpan { get; private set; }

    // Scriban writes a statement's value after evaluating it, naming the enclosing block rather than the statement;
    // the statement is noted once it is evaluated, so statements inside it (an include's) do not stand for it.
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        var result = base.Evaluate(scriptNode, aliasReturnedFunction);
        if (scriptNode is ScriptExpressionStatement) lastPrinted = scriptNode.Span;
        return result;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        var outer = WritingSpan;
        WritingSpan = lastPrinted ?? span;
        try
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
        finally
        {
            WritingSpan = outer;
        }
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));

    public override string ObjectToString(object? value, bool nested = false) =>
        value is MarkdownText markup ? markup.Value : base.ObjectToString(value, nested) ?? "";
}
