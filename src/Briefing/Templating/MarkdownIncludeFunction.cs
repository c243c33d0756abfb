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

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var markdown = context as MarkdownTemplateContext;
        markdown?.BeginInclude();
        object? result;
        IReadOnlyList<InsertedValue> inserted = [];
        try
        {
            result = include.Invoke(context, callerContext, arguments, blockStatement);
        }
        finally
        {
            if (markdown is not null) inserted = markdown.EndInclude();
        }

        return result is string text ? new MarkdownText(text) { Inserted = inserted } : result;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
