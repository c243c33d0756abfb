using System.Globalization;
using Briefing.Diagnostics;
using Briefing.Layout.Elements;
using Briefing.Layout.Inline;
using Briefing.Layout.Pages;
using Briefing.Text;

namespace Briefing.Layout;

/// <summary>Running header, footer and classification banner for each page, drawn once the page count is known.</summary>
internal static class PageDecorations
{
    private const float Gap = 10;

    // Most printers cannot print the outer 4-5 mm of the sheet.
    private const float BannerInset = 14;

    // Between the banner and the running header or footer.
    private const float BannerGap = 2;

    // classification: where the front matter's classification stands, with the fact-sheet value it prints, if any.
    public static void Add(List<PageItem> items, PageSetup page, int pageIndex, int pageCount, DocumentMetadata metadata, int metadataLine, Document.SourceSpan? classification, TypesetContext context, string themePath)
    {
        var theme = context.Theme;
        var width = page.BodyWidth;
        string Fill(string template) => RunningPlaceholders.Fill(template, metadata,
            (pageIndex + 1).ToString(CultureInfo.InvariantCulture), pageCount.ToString(CultureInfo.InvariantCulture));
        var canvas = new PageCanvas(pageIndex, new OutlineCollector());
        var bannerHeight = 0f;
        if (theme.Banner is { } banner)
        {
            var text = Fill(banner.Text).Trim();
            if (text.Length > 0)
            {
                var colour = banner.Colours.TryGetValue(metadata.Classification ?? "", out var c) ? c : banner.Colour;
                var style = new TextStyle(new FontRequest(theme.Fonts.Heading, banner.Bold, false), banner.Size, colour, Language: metadata.Language, Hyphenate: false);
                var top = Block(text, style, TextAlign.Center, context);
                var h = top.Measure(Size.Unbounded(page.Width)).Height;
                var room = Math.Min(page.MarginTop, page.MarginBottom) - BannerInset;
                if (h > room)
                {
                    // A marking is never shortened: a banner that would reach the body is the input's error.
                    if (pageIndex == 0)
                    {
                        // One line that does not fit is the theme's size and margins; a marking that wraps to many is the document's.
                        var oneLine = Block("X", style, TextAlign.Center, context).Measure(Size.Unbounded(page.Width)).Height;
                        // A marking too long for the banner is named where the desk officer wrote it (the fact sheet's
                        // classification), else where the template set it; a banner the theme writes alone, at the theme.
                        var message = $"the classification banner `{(text.Length > 60 ? text[..60] + "…" : text)}` needs {h:0} pt but the page margins leave {Math.Max(0, room):0} pt for it";
                        var themeMade = oneLine > room || !banner.Text.Contains("{classification}", StringComparison.Ordinal);
                        context.Diagnostics.Add(themeMade && banner.Place is { } set
                            ? new Diagnostic(set.File, set.Line, set.Column, Severity.Error, message,
                                oneLine > room ? "make the theme's banner size smaller, or its top and bottom margins larger" : "shorten the banner's text, or make the theme's top and bottom margins larger")
                            : SourcePlaces.At(context.SourcePath, classification ?? new Document.SourceSpan(metadataLine, 1, 0, 0), fromData: true, Severity.Error, message,
                                "shorten the classification, or make the theme's top and bottom margins larger"));
                    }
                    return;
                }
                top.Draw(canvas, 0, BannerInset, new Size(page.Width, h));
                Block(text, style, TextAlign.Center, context).Draw(canvas, 0, page.Height - BannerInset - h, new Size(page.Width, h));
                bannerHeight = h + BannerGap;
            }
        }
        if (theme.Header is { } header && (pageIndex > 0 || header.FirstPage))
        {
            var room = page.MarginTop - Gap - (bannerHeight > 0 ? BannerInset + bannerHeight : 0);
            var style = Style(header, context, metadata.Language);
            var slots = Arrange(header, Fill, width, style, context);
            var height = Math.Min(room, SlotsHeight(slots));
            var left = Slots(canvas, slots, style, page.MarginLeft, page.MarginTop - Gap - height, height, context, bottomAligned: header.Images.Count > 0);
            WarnLeftOut(left, header, "header", "top", height, themePath, context);
            if (header.Rule)
            {
                var y = page.MarginTop - Gap / 2;
                canvas.Add(new RuleItem(StructureTag.Artifact, page.MarginLeft, y, page.MarginLeft + width, y, 0.5f, Style(header, context, null).Colour));
            }
        }
        if (theme.Footer is { } footer && (pageIndex > 0 || footer.FirstPage))
        {
            var top = page.Height - page.MarginBottom + Gap;
            if (footer.Rule)
            {
                var y = top - Gap / 2;
                canvas.Add(new RuleItem(StructureTag.Artifact, page.MarginLeft, y, page.MarginLeft + width, y, 0.5f, Style(footer, context, null).Colour));
            }
            var room = page.MarginBottom - Gap - (bannerHeight > 0 ? BannerInset + bannerHeight : 0);
            var style = Style(footer, context, metadata.Language);
            var left = Slots(canvas, Arrange(footer, Fill, width, style, context), style, page.MarginLeft, top, room, context);
            WarnLeftOut(left, footer, "footer", "bottom", room, themePath, context);
        }
        items.AddRange(canvas.Items);
        // Beneath the text, so that a light grey needs no transparency in any output format.
        items.InsertRange(0, PageWatermark.Items(pageIndex, page, metadata, context));
    }

    private static float SlotsHeight(List<Slot> slots) =>
        slots.Select(s => s.Element.Measure(Size.Unbounded(s.Width)).Height).DefaultIfEmpty(0).Max();

    // Said once per slot for the whole document, in the theme, since the theme's sizes and margins are what to change.
    private static void WarnLeftOut(IReadOnlyList<Slot> leftOut, RunningText text, string running, string margin, float room, string themePath, TypesetContext context)
    {
        foreach (var slot in leftOut)
        {
            var name = slot.Align switch { TextAlign.Left => "left", TextAlign.Right => "right", _ => "center" };
            var place = text.Places.GetValueOrDefault(name) ?? new ThemePlace(themePath, 0, 0);
            var what = slot.Image is null ? "text" : "image";
            var message = string.Create(CultureInfo.InvariantCulture,
                $"the running {running}'s {name} {what} does not fit in the {Math.Max(0, room):0} pt the {margin} margin leaves for it, and is left out");
            if (!context.Diagnostics.Exists(d => d.Message == message))
            {
                context.Diagnostics.Add(new Diagnostic(place.File, place.Line, place.Column, Severity.Warning, message,
                    $"make the theme's {margin} margin larger, or the {running}'s {(slot.Image is null ? "font size" : "image height")} smaller"));
            }
        }
    }

    // Beside an image in the header, the other slots stand on the header's foot (a line of text beside a tall seal
    // sits at the seal's foot, next to the rule); otherwise, and in a footer, slots hang from the top.
    /// <returns>The slots that did not fit and were left out.</returns>
    private static List<Slot> Slots(PageCanvas canvas, List<Slot> slots, TextStyle style, float x, float y, float height, TypesetContext context, bool bottomAligned = false)
    {
        var leftOut = new List<Slot>();
        foreach (var slot in slots)
        {
            if (Fitted(slot, style, height, context) is not { } element)
            {
                leftOut.Add(slot);
                continue;
            }
            var plan = element.Measure(new Size(slot.Width, height));
            if (plan.IsWrap)
            {
                leftOut.Add(slot);
                continue;
            }
            var slotHeight = plan.Height;
            var down = bottomAligned ? Math.Max(0, height - slotHeight) : 0;
            element.Draw(canvas, x + slot.Offset, y + down, new Size(slot.Width, height - down));
        }
        return leftOut;
    }

    // A slot's image; its text whole where that fits the height, else shortened to fit.
    private static IElement? Fitted(Slot slot, TextStyle style, float height, TypesetContext context) =>
        slot.Text is not { } text || slot.Element.Measure(Size.Unbounded(slot.Width)).Height <= height
            ? slot.Element
            : Fitted(text, style, slot.Align, slot.Width, height, context);

    /// <summary>
    /// A running text that fits its slot: whole when it can be, else cut at a character and ended with an ellipsis,
    /// so a very long title never runs into the banner, off the page or into the body. The full text stays in the body.
    /// </summary>
    private static TextBlock? Fitted(string text, TextStyle style, TextAlign align, float width, float height, TypesetContext context)
    {
        bool Fits(string candidate) => Block(candidate, style, align, context).Measure(Size.Unbounded(width)).Height <= height;
        var (low, high) = (0, Math.Min(text.Length, 4096));
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Fits(Shortened(text, middle)))
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }
        return low == 0 ? null : Block(Shortened(text, low), style, align, context);
    }

    private static string Shortened(string text, int length)
    {
        if (length < text.Length && char.IsLowSurrogate(text[length]))
        {
            length--;
        }
        return text[..length].TrimEnd() + "…";
    }

    /// <summary>
    /// A slot of a running header or footer: its text or its image, where it goes and how wide it is, and the element
    /// that draws it whole, made once a page (measuring, fitting and drawing a slot lay out the same text).
    /// </summary>
    private sealed record Slot(string? Text, RunningImage? Image, TextAlign Align, float Offset, float Width, IElement Element);

    /// <summary>
    /// Where each slot goes: the right and centre slots keep their natural width; the left slot gets what remains,
    /// so a long title wraps instead of running into the date. An image slot is as wide as its image.
    /// </summary>
    private static List<Slot> Arrange(RunningText running, Func<string, string> fill, float width, TextStyle style, TypesetContext context)
    {
        const float gap = 12;
        Slot? Make(string name, string? slot, TextAlign align)
        {
            if (running.Images.TryGetValue(name, out var image))
            {
                return new Slot(null, image, align, 0, 0, new ImageBlock(image.Image, StructureTag.Artifact, float.PositiveInfinity, image.Size, align));
            }
            if (string.IsNullOrEmpty(slot))
            {
                return null;
            }
            var text = fill(slot);
            return text.Trim().Length == 0 ? null : new Slot(text, null, align, 0, 0, Block(text, style, align, context));
        }
        float Natural(Slot? slot) => slot is null ? 0 : Math.Min(width / 2, slot.Element.ContentWidths().Max);
        var left = Make("left", running.Left, TextAlign.Left);
        var center = Make("center", running.Center, TextAlign.Center);
        var right = Make("right", running.Right, TextAlign.Right);
        var centerWidth = Natural(center);
        var rightWidth = Natural(right);
        var leftWidth = width - (rightWidth > 0 ? rightWidth + gap : 0);
        if (centerWidth > 0)
        {
            leftWidth = Math.Min(leftWidth, (width - centerWidth) / 2 - gap);
        }
        leftWidth = Math.Max(width / 4, leftWidth);
        if (left?.Image is not null)
        {
            leftWidth = Math.Min(leftWidth, left.Element.ContentWidths().Max);
        }
        var result = new List<Slot>();
        if (left is not null)
        {
            result.Add(left with { Offset = 0, Width = leftWidth });
        }
        if (center is not null)
        {
            result.Add(center with { Offset = (width - centerWidth) / 2, Width = centerWidth });
        }
        if (right is not null)
        {
            result.Add(right with { Offset = width - rightWidth, Width = rightWidth });
        }
        return result;
    }

    // Running text is shaped in the document's language (its localised letter forms), as the body is; a running
    // head is cut short rather than hyphenated.
    private static TextStyle Style(RunningText running, TypesetContext context, string? language)
    {
        var s = running.Style.Over(context.Theme.Base);
        return new TextStyle(new FontRequest(context.Theme.FamiliesOf(s.Font), s.Bold ?? false, s.Italic ?? false), s.Size ?? 8, s.Colour ?? Rgba.Black,
            Language: language, Hyphenate: false);
    }

    private static TextBlock Block(string text, TextStyle style, TextAlign align, TypesetContext context) =>
        new(new ParagraphText([new InlineSpan(text.Replace('\n', ' '), style)], context), align, 1.2f, StructureTag.Artifact);
}
