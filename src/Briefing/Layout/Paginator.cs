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

    /// <summary>Lays out one section; false when the page limit stopped it before its end.</summary>
    private static bool Paginate(IElement root, PageSetup page, OutlineCollector outline, TypesetContext context, List<(List<PageItem>, PageSetup)> pages, int pageLimit, Lazy<Dictionary<int, Node>> nodes)
    {
        var body = new Size(page.BodyWidth, page.BodyHeight);
        while (pages.Count < pageLimit)
        {
            var plan = root.Measure(body);
            if (plan.Kind == SpacePlanKind.Empty)
            {
                break;
            }
            if (plan.IsWrap)
            {
                var node = plan.NodeId != 0 && nodes.Value.TryGetValue(plan.NodeId, out var found) ? found : null;
                context.Diagnostics.Add(SourcePlaces.At(context.SourcePath, node?.Span, fromData: true, Severity.Error,
                    $"content does not fit on an empty page: {plan.Reason}", "make the block smaller or the page margins narrower"));
                break;
            }
            var canvas = new PageCanvas(pages.Count, outline);
            root.Draw(canvas, page.MarginLeft, page.MarginTop, body);
            pages.Add((canvas.Items, page));
            if (plan.IsDone)
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
