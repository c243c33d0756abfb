using Briefing.Layout.Elements;
using Briefing.Layout.Inline;
using Briefing.Layout.Pages;
using Briefing.Text;

namespace Briefing.Layout;

/// <summary>The watermark (EXERCISE, DRAFT) across the middle of a page, as artifacts drawn before the page's text.</summary>
internal static class PageWatermark
{
    // The word may take this share of the page width at most; a long word gets a smaller size, never a cut.
    private const float MaxShare = 0.8f;

    public static IReadOnlyList<PageItem> Items(int pageIndex, PageSetup page, DocumentMetadata metadata, TypesetContext context)
    {
        var look = context.Theme.Watermark ?? Watermark.Default;
        var text = (metadata.Watermark ?? look.Text)?.Trim().Replace('\n', ' ');
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var size = look.Size;
        var natural = Block(text, size, look.Colour, context).ContentWidths().Max;
        if (natural > page.Width * MaxShare)
        {
            size *= page.Width * MaxShare / natural;
        }

        var block = Block(text, size, look.Colour, context);
        var height = block.Measure(new Size(page.Width, float.PositiveInfinity)).Height;
        var canvas = new PageCanvas(pageIndex, new OutlineCollector());
        block.Draw(canvas, 0, (page.Height - height) / 2, new Size(page.Width, height));
        return canvas.Items;
    }

    private static TextBlock Block(string text, float size, Rgba colour, TypesetContext context) =>
        new(new ParagraphText([new InlineSpan(text, new TextStyle(new FontRequest(context.Theme.Fonts.Heading, true, false), size, colour))], context),
            TextAlign.Center, 1.1f, StructureTag.Artifact);
}
