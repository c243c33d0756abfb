using System.Collections.Frozen;
using System.Collections.Immutable;
using Scriban;
using Scriban.Runtime;

namespace Briefing.Templating;

/// <summary>The builtin functions a briefing template may call: Scriban's, minus the unsafe and the non-deterministic.</summary>
/// <remarks>
/// Removed: <c>object.eval</c> and <c>object.eval_template</c> (they would run fact-sheet text as a template),
/// <c>date.now</c>, <c>date.utc_now</c>, <c>math.random</c>, <c>math.uuid</c> (same input must give the same bytes),
/// <c>include_join</c> (its result would be escaped twice). <c>date.parse</c> is replaced: Scriban's gives the year 1
/// for text that is not a date, which a memo would print as a date. Every render gets fresh objects holding them, so
/// that no render can change what another sees.
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
        var builtins = new ScriptObject();
        foreach (var builtin in Defaults)
        {
            if (builtin.Members is { IsDefault: false } members)
            {
                var module = new ScriptObject(members.Length);
                foreach (var (member, value) in members) module.SetValue(member, value, true);
                builtins.SetValue(builtin.Name, module, true);
            }
            else
            {
                builtins.SetValue(builtin.Name, builtin.Value, true);
            }
        }

        return builtins;
    }

    private static ImmutableArray<Builtin> Collect()
    {
        var defaults = TemplateContext.GetDefaultBuiltinObject();
        var builtins = ImmutableArray.CreateBuilder<Builtin>();
        foreach (var (name, value) in defaults)
        {
            if (Removed.Contains(name)) continue;
            switch (value)
            {
                case IScriptCustomFunction function when name == "include":
                    builtins.Add(new Builtin(name, new MarkdownIncludeFunction(function), default));
                    break;
                case ScriptObject module when Modules.Contains(name):
                    var members = ImmutableArray.CreateBuilder<(string, object?)>();
                    foreach (var (member, function) in module)
                        if (!Removed.Contains($"{name}.{member}")) members.Add((member, member == "parse" && name == "date" ? DateParse : function));
                    builtins.Add(new Builtin(name, null, members.ToImmutable()));
                    break;
                default:
                    builtins.Add(new Builtin(name, value, default));
                    break;
            }
        }

        builtins.Add(new Builtin("raw", new RawFunction(), default));
        return builtins.ToImmutable();
    }

    // A top-level name with its value, or a module with its members.
    private sealed record Builtin(string Name, object? Value, ImmutableArray<(string Name, object? Value)> Members);

    // ISO 8601 only, so that no part of a date is filled in from today's date or read in the machine's culture.
    private static readonly string[] IsoDates =
    [
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'",
    ];

    /// <remarks>
    /// A date with an offset keeps the clock time it was written with: converting it to the machine's time zone
    /// would make the same template print different times on different machines.
    /// </remarks>
    private static readonly TemplateFunction DateParse = TemplateFunction.Of<string?, string?>("parse", "text", "pattern", 1, (_, span, text, pattern) =>
    {
        if (pattern is not null && !(pattern.Contains("yy", StringComparison.Ordinal) && pattern.Contains('M', StringComparison.Ordinal) && pattern.Contains('d', StringComparison.Ordinal)))
        {
            throw new Scriban.Syntax.ScriptRuntimeException(span, $"`date.parse`: the pattern `{pattern}` must name the year (yyyy), the month (MM) and the day (dd), so that none is taken from today's date");
        }

        var formats = pattern is null ? IsoDates : [pattern];
        return DateTimeOffset.TryParseExact(text?.Trim(), formats, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date.DateTime
            : throw new Scriban.Syntax.ScriptRuntimeException(span, $"`date.parse`: `{text}` is not a date{(pattern is null ? " (write it as 2025-02-18, or 2025-02-18T10:00 with a time)" : $" in the pattern `{pattern}`")}");
    });

    // What the builtins hold is built once: Scriban makes its defaults by reflecting over its function classes, which
    // took 7 % of a memo's templating when done for every render. The functions hold no state a template can reach (the date
    // functions read the format of a `date` object no template sees), and a module's other members are strings and
    // a TimeSpan, so sharing them is safe; the objects holding them are made anew in Create.
    // Declared last: it reads DateParse, and static fields are set in the order they are written.
    private static readonly ImmutableArray<Builtin> Defaults = Collect();
}
