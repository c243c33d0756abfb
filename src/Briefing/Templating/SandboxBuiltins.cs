using System.Collections.Frozen;
using Scriban;
using Scriban.Runtime;

namespace Briefing.Templating;

/// <summary>The builtin functions a briefing template may call: Scriban's, minus the unsafe and the non-deterministic.</summary>
/// <remarks>
/// Removed: <c>object.eval</c> and <c>object.eval_template</c> (they would run fact-sheet text as a template),
/// <c>date.now</c>, <c>date.utc_now</c>, <c>math.random</c>, <c>math.uuid</c> (same input must give the same bytes),
/// <c>include_join</c> (its result would be escaped twice). <c>date.parse</c> is replaced: Scriban's gives the year 1
/// for text that is not a date, which a memo would print as a date. A fresh copy is built for every render so that no
/// render can change what another sees.
/// </remarks>
internal static class SandboxBuiltins
{
    private static readonly FrozenSet<string> Removed = new[]
    {
        "object.eval", "object.eval_template", "date.now", "date.utc_now", "math.random", "math.uuid", "include_join",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> Modules =
        new[] { "array", "date", "html", "math", "object", "regex", "string", "timespan" }.ToFrozenSet();

    public static ScriptObject Create()
    {
        var defaults = TemplateContext.GetDefaultBuiltinObject();
        var builtins = new ScriptObject();
        foreach (var (name, value) in defaults)
        {
            if (Removed.Contains(name)) continue;
            switch (value)
            {
                case IScriptCustomFunction function when name == "include":
                    builtins.SetValue(name, new MarkdownIncludeFunction(function), true);
                    break;
                case ScriptObject module when Modules.Contains(name):
                    var copy = new ScriptObject();
                    foreach (var (member, function) in module)
                        if (!Removed.Contains($"{name}.{member}")) copy.SetValue(member, function, true);
                    if (name == "date") copy.SetValue("parse", DateParse, true);
                    builtins.SetValue(name, copy, true);
                    break;
                default:
                    builtins.SetValue(name, value, true);
                    break;
            }
        }
        builtins.SetValue("raw", new RawFunction(), true);
        return builtins;
    }

    private static readonly TemplateFunction DateParse = TemplateFunction.Of<string?, string?>("parse", "text", "pattern", 1, (_, span, text, pattern) =>
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        var styles = System.Globalization.DateTimeStyles.AllowWhiteSpaces;
        var parsed = pattern is null ? DateTime.TryParse(text, culture, styles, out var date) : DateTime.TryParseExact(text, pattern, culture, styles, out date);
        return parsed
            ? date
            : throw new Scriban.Syntax.ScriptRuntimeException(span, $"`date.parse`: `{text}` is not a date{(pattern is null ? "" : $" in the pattern `{pattern}`")} (write dates as 2025-02-18)");
    });
}
