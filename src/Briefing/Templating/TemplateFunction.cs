using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Templating;

/// <summary>
/// A helper callable from templates, written as a plain function of its arguments. Scriban's <c>Import(Delegate)</c>
/// builds the same thing by reflecting over the delegate's method, which trimming and Native AOT cannot follow.
/// </summary>
internal sealed class TemplateFunction(string name, ScriptParameterInfo[] parameters, int required, Func<TemplateContext, SourceSpan, ScriptArray, object?> body) : IScriptCustomFunction
{
    public string Name => name;

    public int RequiredParameterCount => required;

    public int ParameterCount => parameters.Length;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    // Scriban asks for every argument written, also past the last parameter; those are refused by count in Invoke.
    public ScriptParameterInfo GetParameterInfo(int index) =>
        index < parameters.Length ? parameters[index] : new ScriptParameterInfo(typeof(object), $"extra{index}");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments.Count < required || arguments.Count > parameters.Length)
        {
            var expected = required == parameters.Length ? $"{required}" : $"{required} to {parameters.Length}";
            throw new ScriptRuntimeException(span, $"`b.{name}` takes {expected} argument{(parameters.Length == 1 ? "" : "s")}, not {arguments.Count}");
        }

        return body(context, span, arguments);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public static TemplateFunction Of(string name, Func<TemplateContext, SourceSpan, object?> body) =>
        new(name, [], 0, (context, span, _) => body(context, span));

    public static TemplateFunction Of<T>(string name, string parameter, Func<TemplateContext, SourceSpan, T, object?> body) =>
        new(name, [new ScriptParameterInfo(typeof(T), parameter)], 1, (context, span, arguments) => body(context, span, Argument<T>(context, span, arguments, 0)));

    public static TemplateFunction Of<T1, T2>(string name, string first, string second, int required, Func<TemplateContext, SourceSpan, T1, T2, object?> body) =>
        new(name, [new ScriptParameterInfo(typeof(T1), first), new ScriptParameterInfo(typeof(T2), second)], required,
            (context, span, arguments) => body(context, span, Argument<T1>(context, span, arguments, 0), Argument<T2>(context, span, arguments, 1)));

    // The conversions Scriban applies to a typed parameter: text for a string, a whole number for an int, the value as is for object.
    private static T Argument<T>(TemplateContext context, SourceSpan span, ScriptArray arguments, int index)
    {
        var value = index < arguments.Count ? arguments[index] : null;
        if (typeof(T) == typeof(string))
        {
            return (T)(object?)(value is null ? null : context.ObjectToString(value))!;
        }

        if (typeof(T) == typeof(int))
        {
            return (T)(object)context.ToInt(span, value);
        }

        return (T)value!;
    }
}
