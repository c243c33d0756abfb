using System.Collections.ObjectModel;

namespace Briefing.FactSheets.Yaml;

/// <summary>Turns free-form YAML (<c>extra:</c>) into plain objects a template can walk.</summary>
/// <remarks>
/// Maps become <see cref="IReadOnlyDictionary{TKey,TValue}"/> in file order, lists
/// <see cref="IReadOnlyList{T}"/>, scalars strings as written, YAML nulls null. No number or
/// date guessing: a template prints what the author wrote.
/// </remarks>
internal static class ExtraValue
{
    public static object? From(SheetNode? node) => node switch
    {
        null => null,
        SheetScalar { IsNull: true } => null,
        SheetScalar s => s.Value,
        SheetList list => list.Items.Select(From).ToList().AsReadOnly(),
        SheetMap map => ToDictionary(map),
        _ => null,
    };

    private static ReadOnlyDictionary<string, object?> ToDictionary(SheetMap map)
    {
        var entries = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var entry in map.Entries) entries.Add(entry.Key.Value, From(entry.Value));
        return new ReadOnlyDictionary<string, object?>(entries);
    }
}
