using Briefing.Layout.Pages;

namespace Briefing.Layout.Elements;

/// <summary>Headings in the order they were placed on pages.</summary>
internal sealed class OutlineCollector
{
    public List<OutlineEntry> Entries { get; } = [];

    /// <summary>The page (0-based) of each named destination, for link checks and page numbers in contents lists.</summary>
    public Dictionary<string, int> PageOf { get; } = new(StringComparer.Ordinal);
}
