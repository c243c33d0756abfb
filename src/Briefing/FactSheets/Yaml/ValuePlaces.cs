namespace Briefing.FactSheets.Yaml;

/// <summary>The place of every scalar of a fact sheet, keyed by its path as templates name it (<c>parties[0].position.summary</c>).</summary>
internal static class ValuePlaces
{
    public static IReadOnlyDictionary<string, ValuePlace> Of(SheetNode root)
    {
        var places = new Dictionary<string, ValuePlace>(StringComparer.Ordinal);
        Collect(root, "", places);
        return places;
    }

    private static void Collect(SheetNode node, string key, Dictionary<string, ValuePlace> places)
    {
        // The reader already refused nesting deeper than it allows, so recursion is bounded.
        switch (node)
        {
            case SheetScalar scalar when !scalar.IsBlank:
                places.TryAdd(key, new ValuePlace(scalar.Start.Line, scalar.Start.Column));
                break;
            case SheetList list:
                for (var i = 0; i < list.Items.Count; i++) Collect(list.Items[i], $"{key}[{i}]", places);
                break;
            case SheetMap map:
                foreach (var entry in map.Entries)
                {
                    Collect(entry.Value, key.Length == 0 ? entry.Key.Value : $"{key}.{entry.Key.Value}", places);
                }

                break;
        }
    }
}
