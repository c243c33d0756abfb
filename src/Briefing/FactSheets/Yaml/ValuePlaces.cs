namespace Briefing.FactSheets.Yaml;

/// <summary>The place of every scalar of a fact sheet, keyed by its path as templates name it (<c>parties[0].position.summary</c>).</summary>
internal static class ValuePlaces
{
    public static IReadOnlyDictionary<string, ValuePlace> Of(SheetNode root)
    {
        var places = new Dictionary<string, ValuePlace>(StringComparer.Ordinal);
        foreach (var (key, scalar) in SheetScalars.Of(root))
        {
            places.TryAdd(key, new ValuePlace(scalar.Start.Line, scalar.Start.Column));
        }

        return places;
    }
}
