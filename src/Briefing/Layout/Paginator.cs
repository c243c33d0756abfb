using System.Globalization;
using Briefing.Diagnostics;
using Briefing.Document;
using Briefing.Layout.Elements;
using Briefing.Layout.Pages;

namespace Briefing.Layout;

/// <summary>Asks the content for as much as fits on a page, draws it, and repeats on a fresh page until all is placed.</summary>
internal static class Paginator
{
    public const int PageLimit = 20000;

    /// <summary>Lays out each section on pages of its own setup, each section from a new page.</summary>
    /// <remarks>A document past <paramref name="pageLimit"/> pages is an error naming the limit.</remarks>
    public static List<(List<PageItem> Items, PageSetup Page)> Paginate(IReadOnlyList<PageSection> sections, PageSetup page, OutlineCollector outline, TypesetContext context, DocumentTree? tree = null, int pageLimit = PageLimit)
    {
        var nodes = new Lazy<Dictionary<int, Node>>(() => tree is null ? [] : tree.Descendants().GroupBy(n => n.Id).ToDictionary(g => g.Key, g => g.First()));
        var pages = new List<(List<PageItem>, PageSetup)>();
        foreach (var section in sections)
        {
            if (!Paginate(section.Content, section.Page, outline, context, pages, pageLimit, nodes))
            {
                break;
            }
        }
        if (pages.Count == 0)
        {
            pages.Add(([], page));
        }
        return pages;
    }

    /// <summary>
    /// How much text goes on a page whose foot holds notes continued from the page before, needing
    /// <paramref name="continued"/> to end. They end here when the text above them loses nothing by it; else they
    /// take at least half the page, the text the rest, and no new note begins below them (it would precede their
    /// end), so the text stops at a line that cites one and the continued notes fill the room it leaves.
    /// </summary>
    private static (SpacePlan Plan, Size Space) Fill(IElement root, Size body, float continued)
    {
        var ending = new Size(body.Width, body.Height - continued, continued);
        var half = body.Height / 2;
        if (continued <= half + 0.01f)
        {
            return (root.Measure(ending), ending);
        }
        var shared = new Size(body.Width, body.Height - half, half, NotesFull: true);
        var sharedPlan = root.Measure(shared);
        if (continued < body.Height && root.Measure(ending) is var endingPlan && !endingPlan.IsWrap
            && (endingPlan.Kind != SpacePlanKind.Empty || sharedPlan.Kind == SpacePlanKind.Empty) && endingPlan.Height >= sharedPlan.Height - 0.01f)
        {
            return (endingPlan, ending);
        }
        return (sharedPlan, shared);
    }

    /// <summary>Lays out one section; false when the page limit stopped it before its end.</summary>
    private static bool Paginate(IElement root, PageSetup page, OutlineCollector outline, TypesetContext context, List<(List<PageItem>, PageSetup)> pages, int pageLimit, Lazy<Dictionary<int, Node>> nodes)
    {
        var body = new Size(page.BodyWidth, page.BodyHeight);
        var foot = context.Foot;
        foot?.Width = page.BodyWidth;
        List<Footnote> carried = [];
        while (pages.Count < pageLimit)
        {
            var (plan, space) = Fill(root, body, foot?.Continued(carried) ?? 0);
            if (plan.Kind == SpacePlanKind.Empty && carried.Count == 0)
            {
                break;
            }
            if (plan.IsWrap && carried.Count == 0)
            {
                var node = plan.NodeId != 0 && nodes.Value.TryGetValue(plan.NodeId, out var found) ? found : null;
                context.Diagnostics.Add(SourcePlaces.At(context.SourcePath, node?.Span, fromData: true, Severity.Error,
                    $"content does not fit on an empty page: {plan.Reason}", "make the block smaller or the page margins narrower"));
                break;
            }
            // A page holds about as many items as the one before: room for them from the start, not grown by doubling.
            var canvas = new PageCanvas(pages.Count, outline, pages.Count == 0 ? 256 : pages[^1].Item1.Count * 5 / 4);
            var drawn = !plan.IsWrap && plan.Kind != SpacePlanKind.Empty;
            if (drawn)
            {
                root.Draw(canvas, page.MarginLeft, page.MarginTop, space);
            }
            if (foot is not null)
            {
                var top = page.MarginTop + (drawn ? plan.Height : 0);
                // Continued notes take the room the text and its own notes leave: the page is full either way.
                var room = drawn ? body.Height - plan.Height - plan.Notes : body.Height;
                carried = foot.Draw(canvas, carried, room, page.MarginLeft, top, page.MarginTop + body.Height);
            }
            if (!drawn && canvas.Items.Count == 0)
            {
                context.Diagnostics.Add(new Diagnostic(context.SourcePath, 0, 0, Severity.Error,
                    "a footnote does not fit on an empty page", "make the footnote shorter or the page margins narrower"));
                break;
            }
            pages.Add((canvas.Items, page));
            if (plan.IsDone && carried.Count == 0)
            {
                break;
            }
        }
        if (pages.Count == pageLimit && root.Measure(body).Kind != SpacePlanKind.Empty)
        {
            context.Diagnostics.Add(new Diagnostic(context.SourcePath, 1, 1, Severity.Error,
                string.Create(CultureInfo.InvariantCulture, $"the document needs more than {pageLimit:N0} pages, the limit of one document"), "split the input into several documents"));
            return false;
        }
        return true;
    }
}
