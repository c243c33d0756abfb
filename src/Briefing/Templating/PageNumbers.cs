namespace Briefing.Templating;

/// <summary>
/// The page of each heading id from the previous layout pass, for <c>b.page_of</c> in a table of contents.
/// The first pass knows none; <see cref="Asked"/> tells the renderer whether a second pass is worth making.
/// </summary>
public sealed class PageNumbers(IReadOnlyDictionary<string, int> known)
{
    public static PageNumbers Unknown() => new(new Dictionary<string, int>());

    public IReadOnlyDictionary<string, int> Known { get; } = known;

    /// <summary>Set when the template asked for a page number during the render this object was given to.</summary>
    public bool Asked { get; private set; }

    /// <returns>The page number, or an empty string until a layout pass has placed the heading.</returns>
    public string Of(string id)
    {
        Asked = true;
        return Known.TryGetValue(id, out var page) ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
    }

    public bool SameAs(IReadOnlyDictionary<string, int> other) =>
        Known.Count == other.Count && Known.All(pair => other.TryGetValue(pair.Key, out var page) && page == pair.Value);
}
