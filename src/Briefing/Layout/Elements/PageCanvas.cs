using Briefing.Layout.Pages;

namespace Briefing.Layout.Elements;

/// <summary>Collects the items of the page being filled, the outline entries found on it and the footnotes its lines cite.</summary>
internal sealed class PageCanvas(int pageIndex, OutlineCollector outline, int capacity = 0)
{
    public int PageIndex { get; } = pageIndex;

    public List<PageItem> Items { get; } = new(capacity);

    public OutlineCollector Outline { get; } = outline;

    /// <summary>The notes cited on this page and not yet begun on an earlier one, in the order of their references.</summary>
    public List<Footnote> Cited { get; } = [];

    /// <summary>The children the columns being drawn place on this page, one column's after another's (see <see cref="Column.Draw"/>).</summary>
    public List<(int Index, SpacePlan Plan, Size Space)> Steps { get; } = [];

    public void Add(PageItem item) => Items.Add(item);

    public void Cite(Footnote note)
    {
        if (!note.Started && !Cited.Contains(note))
        {
            Cited.Add(note);
        }
    }
}
