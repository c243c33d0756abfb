using Briefing.Diagnostics;
using Briefing.Layout.Elements;
using Briefing.Layout.Pages;

namespace Briefing.Layout;

/// <summary>Asks the content for as much as fits on a page, draws it, and repeats on a fresh page until all is placed.</summary>
internal static class Paginator
{
    private const int PageLimit = 20000;

    /// <summary>Lays out each section on pages of its own setup, each section from a new page.</summary>
    public static List<(List<PageItem> Items, PageSetup Page)> Paginate(IReadOnlyList<PageSection> sections, PageSetup page, OutlineCollector outline, TypesetContext context)
    {
        var pages = new List<(List<PageItem>, PageSetup)>();
        foreach (var section in sections)
        {
            Paginate(section.Content, section.Page, outline, context, pages);
        }
        if (pages.Count == 0)
        {
            pages.Add(([], page));
        }
        return pages;
    }

    private static void Paginate(IElement root, PageSetup page, OutlineCollector outline, TypesetContext context, List<(List<PageItem>, PageSetup)> pages)
    {
        var body = new Size(page.BodyWidth, page.BodyHeight);
        while (pages.Count < PageLimit)
        {
            var plan = root.Measure(body);
            if (plan.Kind == SpacePlanKind.Empty)
            {
                break;
            }
            if (plan.IsWrap)
            {
                context.Diagnostics.Add(new Diagnostic(context.SourcePath, 0, 0, Severity.Error,
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
    }
}
