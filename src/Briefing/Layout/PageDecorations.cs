using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Layout.Elements;
using Briefing.Layout.Inline;
using Briefing.Layout.Pages;
using Briefing.Text;

namespace Briefing.Layout;

/// <summary>Running header, footer and classification banner for each page, drawn once the page count is known.</summary>
internal static partial class PageDecorations
{
    private const float Gap = 10;

    // Most printers cannot print the outer 4-5 mm of the sheet.
    private const float BannerInset = 14;

    public static void Add(List<PageItem> items, PageSetup page, int pageIndex, int pageCount, DocumentMetadata metadata, TypesetContext context)
    {
        var theme = context.Theme;
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
        if (theme.Header is { } header && (pageIndex > 0 || header.FirstPage))
        {
            var height = SlotsHeight(header, values, width, context);
            var top = page.MarginTop - Gap - height;
            Slots(canvas, header, values, page.MarginLeft, top, width, context, header.Images.Count > 0 ? height : null);
            if (header.Rule)
            {
                var y = page.MarginTop - Gap / 2;
                canvas.Add(new RuleItem(StructureTag.Artifact, page.MarginLeft, y, page.MarginLeft + width, y, 0.5f, Style(header, context).Colour));
            }
        }
        if (theme.Footer is { } footer && (pageIndex > 0 || footer.FirstPage))
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
                block.Draw(canvas, 0, BannerInset, new Size(page.Width, h));
                block = Block(text, style, TextAlign.Center, context);
                block.Draw(canvas, 0, page.Height - BannerInset - h, new Size(page.Width, h));
            }
        }
        items.AddRange(canvas.Items);
        // Beneath the text, so that a light grey needs no transparency in any output format.
        items.InsertRange(0, PageWatermark.Items(pageIndex, page, metadata, context));
    }

    private static float SlotsHeight(RunningText running, Dictionary<string, string> values, float width, TypesetContext context) =>
        Arrange(running, values, width, context).Select(s => s.Block.Measure(Size.Unbounded(s.Width)).Height).DefaultIfEmpty(0).Max();

    // Beside an image in the header, the other slots stand on the header's foot (a line of text beside a tall seal
    // sits at the seal's foot, next to the rule); otherwise, and in a footer, slots hang from the top.
    private static void Slots(PageCanvas canvas, RunningText running, Dictionary<string, string> values, float x, float y, float width, TypesetContext context,
        float? bottomAt = null)
    {
        foreach (var (block, offset, slotWidth) in Arrange(running, values, width, context))
        {
            var down = bottomAt is { } height ? height - block.Measure(Size.Unbounded(slotWidth)).Height : 0;
            block.Draw(canvas, x + offset, y + down, Size.Unbounded(slotWidth));
        }
    }

    /// <summary>
    /// Where each slot goes: the right and centre slots keep their natural width; the left slot gets what remains,
    /// so a long title wraps instead of running into the date. An image slot is as wide as its image.
    /// </summary>
    private static List<(IElement Block, float Offset, float Width)> Arrange(RunningText running, Dictionary<string, string> values, float width, TypesetContext context)
    {
        const float gap = 12;
        var style = Style(running, context);
        IElement? Make(string name, string? slot, TextAlign align)
        {
            if (running.Images.TryGetValue(name, out var image))
            {
                return new ImageBlock(image.Image, StructureTag.Artifact, float.PositiveInfinity, image.Size, align);
            }
            return string.IsNullOrEmpty(slot) || Fill(slot, values).Trim().Length == 0 ? null : Block(Fill(slot, values), style, align, context);
        }
        var left = Make("left", running.Left, TextAlign.Left);
        var center = Make("center", running.Center, TextAlign.Center);
        var right = Make("right", running.Right, TextAlign.Right);
        var centerWidth = Math.Min(width / 2, center?.ContentWidths().Max ?? 0);
        var rightWidth = Math.Min(width / 2, right?.ContentWidths().Max ?? 0);
        var leftWidth = width - (rightWidth > 0 ? rightWidth + gap : 0);
        if (centerWidth > 0)
        {
            leftWidth = Math.Min(leftWidth, (width - centerWidth) / 2 - gap);
        }
        leftWidth = Math.Max(width / 4, leftWidth);
        if (left is ImageBlock)
        {
            leftWidth = Math.Min(leftWidth, left.ContentWidths().Max);
        }
        var result = new List<(IElement, float, float)>();
        if (left is not null)
        {
            result.Add((left, 0, leftWidth));
        }
        if (center is not null)
        {
            result.Add((center, (width - centerWidth) / 2, centerWidth));
        }
        if (right is not null)
        {
            result.Add((right, width - rightWidth, rightWidth));
        }
        return result;
    }

    private static TextStyle Style(RunningText running, TypesetContext context)
    {
        var s = running.Style.Over(context.Theme.Base);
        return new TextStyle(new FontRequest(context.Theme.FamiliesOf(s.Font), s.Bold ?? false, s.Italic ?? false), s.Size ?? 8, s.Colour ?? Rgba.Black);
    }

    private static TextBlock Block(string text, TextStyle style, TextAlign align, TypesetContext context) =>
        new(new ParagraphText([new InlineSpan(text.Replace('\n', ' '), style)], context), align, 1.2f, StructureTag.Artifact);

    // One pass over the theme's text: a value that itself holds `{pages}` or `{title}` is printed as it is, never expanded.
    private static string Fill(string template, Dictionary<string, string> values) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    [GeneratedRegex(@"\{([a-z]+)\}")]
    private static partial Regex Placeholder();
}
