using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Templating;

/// <summary><c>raw "..."</c>: prints a string literal of the template as Markdown, unescaped.</summary>
/// <remarks>
/// Only a literal is accepted, so the escape hatch can never be pointed at fact-sheet data: the data would
/// then become markup, which the fact-sheet format forbids.
/// </remarks>
internal sealed class RawFunction : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;
    public int ParameterCount => 1;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "markdown");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (callerContext is ScriptFunctionCall { Arguments: [ScriptLiteral { Value: string literal }] })
            return new MarkdownText(literal);
        throw new ScriptRuntimeException(callerContext?.Span ?? default,
            "`raw` takes a string literal written in the template (raw \"...\"), never a value from the fact sheet");
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
