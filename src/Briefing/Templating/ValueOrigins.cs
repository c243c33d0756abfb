using Scriban.Runtime;

namespace Briefing.Templating;

/// <summary>
/// Which fact-sheet value each object of the template's model is, by reference: printing that very object (or a
/// helper's result derived from it) inserts data from that key of the sheet.
/// </summary>
/// <remarks>
/// By reference, not by text, so a template's own word that happens to equal a value is never taken for data.
/// One per render: helpers add what they derive while the template runs.
/// </remarks>
internal sealed class ValueOrigins
{
    private readonly Dictionary<object, string> keys = new(ReferenceEqualityComparer.Instance);

    /// <summary>Notes every value of <paramref name="model"/> whose path is one of <paramref name="known"/> (the sheet's scalars).</summary>
    public static ValueOrigins Of(ScriptObject model, IReadOnlyDictionary<string, FactSheets.ValuePlace> known)
    {
        var origins = new ValueOrigins();
        if (known.Count > 0)
        {
            origins.Walk(model, "", known, 0);
        }

        return origins;
    }

    /// <summary>The sheet key <paramref name="value"/> was read from, or null for anything else.</summary>
    public string? KeyOf(object? value) => value is not null && keys.TryGetValue(value, out var key) ? key : null;

    /// <summary>Notes that <paramref name="derived"/> (a formatted date, a shortened text) shows the value <paramref name="source"/>.</summary>
    public T Derive<T>(T derived, object? source)
    {
        if (derived is not null && KeyOf(source) is { } key && derived is not string { Length: 0 })
        {
            keys.TryAdd(derived, key);
        }

        return derived;
    }

    private void Walk(object? value, string path, IReadOnlyDictionary<string, FactSheets.ValuePlace> known, int depth)
    {
        // The model mirrors the sheet, whose depth the reader already bounded; the guard only keeps a cycle out.
        if (depth > 64) return;
        switch (value)
        {
            case string or MarkedText when known.ContainsKey(path):
                keys.TryAdd(value, path);
                if (value is MarkedText marked) keys.TryAdd(marked.Text, path);
                break;
            case ScriptObject map:
                foreach (var (name, member) in map)
                {
                    Walk(member, path.Length == 0 ? name : $"{path}.{name}", known, depth + 1);
                }

                break;
            case ScriptArray list:
                for (var i = 0; i < list.Count; i++) Walk(list[i], $"{path}[{i}]", known, depth + 1);
                break;
        }
    }
}
