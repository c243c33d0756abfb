using System.Globalization;
using Briefing.Diagnostics;
using Briefing.Layout.Elements;
using Briefing.Layout.Pages;

namespace Briefing.Layout;

/// <summary>Asks the content for as much as fits on a page, draws it, and repeats on a fresh page until all is placed.</summary>
internal static class Paginator
{
    public const int PageLimit = 20000;

    public static List<List<PageItem>> Paginate(IElement root, PageSetup page, OutlineCollector outline, TypesetContext context, int pageLimit = PageLimit)
    {
        var pages = new List<List<PageItem>>();
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
                context.Diagnostics.Add(new Diagnostic(context.SourcePath, 0, 0, Severity.Error,
                    $"content does not fit on an empty page: {plan.Reason}", "make the block smaller or the page margins narrower"));
                break;
            }
            var canvas = new PageCanvas(pages.Count, outline);
            root.Draw(canvas, page.MarginLeft, page.MarginTop, body);
            pages.Add(canvas.Items);
            if (plan.IsDone)
            {
                break;
            }
        }
        if (pages.Count == pageLimit && root.Measure(body).Kind != SpacePlanKind.Empty)
        {
            context.Diagnostics.Add(new Diagnostic(context.SourcePath, 1, 1, Severity.Error,
                string.Create(CultureInfo.InvariantCulture, $"the document needs more than {pageLimit:N0} pages, the limit of one document"), "split the input into several documents"));
        }
        if (pages.Count == 0)
        {
            pages.Add([]);
        }
        return pages;
    }
}
