using System.Collections.Frozen;

namespace Briefing.Templating;

/// <summary>Joins items the way prose does: "A", "A and B", "A, B and C".</summary>
internal static class ProseList
{
    // The conjunction of the document language; English for languages not listed.
    private static readonly FrozenDictionary<string, string> Conjunctions = new Dictionary<string, string>
    {
        ["en"] = "and",
        ["fr"] = "et",
        ["de"] = "und",
        ["es"] = "y",
        ["it"] = "e",
        ["pt"] = "e",
        ["nl"] = "en",
        ["ru"] = "и",
        ["uk"] = "і",
        ["pl"] = "i",
        ["ar"] = "و",
    }.ToFrozenDictionary();

    public static string ConjunctionFor(string language)
    {
        var primary = language.Split('-', '_')[0].ToLowerInvariant();
        return Conjunctions.TryGetValue(primary, out var word) ? word : "and";
    }

    public static string Join(IReadOnlyList<string> items, string conjunction, string separator = ", ")
    {
        return items.Count switch
        {
            0 => "",
            1 => items[0],
            _ => string.Join(separator, items.Take(items.Count - 1)) + " " + conjunction + " " + items[^1],
        };
    }
}
