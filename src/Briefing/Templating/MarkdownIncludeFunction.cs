using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Templating;

/// <summary><c>include</c> whose result is markup: the partial already escaped its own values.</summary>
/// <remarks>Scriban's include returns the partial's output as a string, which would otherwise be escaped a second time.</remarks>
internal sealed class MarkdownIncludeFunction(IScriptCustomFunction include) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;
    public int ParameterCount => include.ParameterCount;
    public ScriptVarParamKind VarParamKind => include.VarParamKind;
    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(include.Invoke(context, callerContext, arguments, blockStatement));

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(await include.InvokeAsync(context, callerContext, arguments, blockStatement));

    private static object? Wrap(object? result) => result is string text ? new MarkdownText(text) : result;
}
