using Briefing.Layout.Pages;

namespace Briefing.Layout.Elements;

/// <summary>Headings in the order they were placed on pages.</summary>
internal sealed class OutlineCollector
{
    public List<OutlineEntry> Entries { get; } = [];

    public HashSet<string> Destinations { get; } = new(StringComparer.Ordinal);
}
