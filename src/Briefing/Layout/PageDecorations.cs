using System.Globalization;
using Briefing.Layout.Elements;
using Briefing.Layout.Inline;
using Briefing.Layout.Pages;
using Briefing.Text;

namespace Briefing.Layout;

/// <summary>Running header, footer and classification banner for each page, drawn once the page count is known.</summary>
internal static class PageDecorations
{
    private const float Gap = 10;

    public static void Add(List<PageItem> items, int pageIndex, int pageCount, DocumentMetadata metadata, TypesetContext context)
    {
        var theme = context.Theme;
        var page = theme.Page;
        var width = page.BodyWidth;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["classification"] = metadata.Classification ?? "",
            ["title"] = metadata.Title,
            ["date"] = metadata.Date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "",
            ["page"] = (pageIndex + 1).ToString(CultureInfo.InvariantCulture),
            ["pages"] = pageCount.ToString(CultureInfo.InvariantCulture),
        };
        var canvas = new PageCanvas(pageIndex, new OutlineCollector());
        if (theme.Header is { } header)
        {
            var height = SlotsHeight(header, values, width, context);
            var top = page.MarginTop - Gap - height;
            Slots(canvas, header, values, page.MarginLeft, top, width, context);
            if (header.Rule)
            {
                var y = page.MarginTop - Gap / 2;
                canvas.Add(new RuleItem(StructureTag.Artifact, page.MarginLeft, y, page.MarginLeft + width, y, 0.5f, Style(header, context).Colour));
            }
        }
        if (theme.Footer is { } footer)
        {
            var top = page.Height - page.MarginBottom + Gap;
            if (footer.Rule)
            {
                var y = top - Gap / 2;
                canvas.Add(new RuleItem(StructureTag.Artifact, page.MarginLeft, y, page.MarginLeft + width, y, 0.5f, Style(footer, context).Colour));
            }
            Slots(canvas, footer, values, page.MarginLeft, top, width, context);
        }
        if (theme.Banner is { } banner)
        {
            var text = Fill(banner.Text, values).Trim();
            if (text.Length > 0)
            {
                var colour = banner.Colours.TryGetValue(metadata.Classification ?? "", out var c) ? c : banner.Colour;
                var style = new TextStyle(new FontRequest(theme.Fonts.Heading, banner.Bold, false), banner.Size, colour);
                var block = Block(text, style, TextAlign.Center, context);
                var h = block.Measure(new Size(page.Width, float.PositiveInfinity)).Height;
                block.Draw(canvas, 0, 8, new Size(page.Width, h));
                block = Block(text, style, TextAlign.Center, context);
                block.Draw(canvas, 0, page.Height - 8 - h, new Size(page.Width, h));
            }
        }
        items.AddRange(canvas.Items);
    }

    private static float SlotsHeight(RunningText running, Dictionary<string, string> values, float width, TypesetContext context)
    {
        var style = Style(running, context);
        var h = 0f;
        foreach (var slot in new[] { running.Left, running.Center, running.Right })
        {
            if (slot is not null)
            {
                h = Math.Max(h, Block(Fill(slot, values), style, TextAlign.Left, context).Measure(Size.Unbounded(width / 3)).Height);
            }
        }
        return h;
    }

    private static void Slots(PageCanvas canvas, RunningText running, Dictionary<string, string> values, float x, float y, float width, TypesetContext context)
    {
        var style = Style(running, context);
        var slots = new[] { (running.Left, TextAlign.Left), (running.Center, TextAlign.Center), (running.Right, TextAlign.Right) };
        foreach (var (slot, align) in slots)
        {
            if (string.IsNullOrEmpty(slot))
            {
                continue;
            }
            var text = Fill(slot, values);
            if (text.Length == 0)
            {
                continue;
            }
            // Each slot may use the whole width; slots are short, and clipping a title to a third would look worse.
            var block = Block(text, style, align, context);
            block.Draw(canvas, x, y, Size.Unbounded(width));
        }
    }

    private static TextStyle Style(RunningText running, TypesetContext context)
    {
        var s = running.Style.Over(context.Theme.Base);
        return new TextStyle(new FontRequest(s.Font ?? context.Theme.Fonts.Body, s.Bold ?? false, s.Italic ?? false), s.Size ?? 8, s.Colour ?? Rgba.Black);
    }

    private static TextBlock Block(string text, TextStyle style, TextAlign align, TypesetContext context) =>
        new(new ParagraphText([new InlineSpan(text.Replace('\n', ' '), style)], context), align, 1.2f, StructureTag.Artifact);

    private static string Fill(string template, Dictionary<string, string> values)
    {
        var result = template;
        foreach (var (key, value) in values)
        {
            result = result.Replace("{" + key + "}", value, StringComparison.Ordinal);
        }
        return result;
    }
}
