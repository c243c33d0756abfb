using Briefing.Layout.Pages;

namespace Briefing.Layout.Elements;

/// <summary>Collects the items of the page being filled, and the outline entries found on it.</summary>
internal sealed class PageCanvas(int pageIndex, OutlineCollector outline)
{
    public int PageIndex { get; } = pageIndex;

    public List<PageItem> Items { get; } = [];

    public OutlineCollector Outline { get; } = outline;

    public void Add(PageItem item) => Items.Add(item);
}
