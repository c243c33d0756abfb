using Briefing.Layout.Pages;

namespace Briefing.Export.Pdf;

/// <summary>
/// Turns one laid-out page into a content stream. Page coordinates run downwards from the top-left corner; PDF's
/// run upwards from the bottom-left, so every y is flipped here and nowhere else.
/// </summary>
internal static class PageContentWriter
{
    public static PageContent Write(LaidOutPage page, PageResources resources)
    {
        var content = new PdfBytes(16 * 1024);
        var text = new GlyphRunWriter(content, page.Height);
        var links = new List<LinkItem>();
        var destinations = new List<DestinationItem>();
        var state = new GraphicsState(content, resources);
        var items = page.Items;
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            switch (item)
            {
                case GlyphRunItem first:
                    var end = index + 1;
                    while (end < items.Count && items[end] is GlyphRunItem next && Joins((GlyphRunItem)items[end - 1], next))
                    {
                        end++;
                    }
                    if (resources.Fonts.TryGetValue(first.FontId, out var font))
                    {
                        state.Fill(first.Colour);
                        text.Write(items, index, end, font);
                    }
                    index = end - 1;
                    break;
                case FillItem fill:
                    state.Fill(fill.Colour);
                    content.Real(fill.X).Space().Real(page.Height - fill.Y - fill.Height).Space()
                        .Real(fill.Width).Space().Real(fill.Height).Raw(" re f\n");
                    break;
                case RuleItem rule:
                    state.Stroke(rule.Colour, rule.Thickness);
                    content.Real(rule.X1).Space().Real(page.Height - rule.Y1).Raw(" m ")
                        .Real(rule.X2).Space().Real(page.Height - rule.Y2).Raw(" l S\n");
                    break;
                case ImageItem image when resources.Image(image.Image) is { } name:
                    content.Raw("q ").Real(image.Width).Raw(" 0 0 ").Real(image.Height).Space()
                        .Real(image.X).Space().Real(page.Height - image.Y - image.Height).Raw(" cm ")
                        .Name(name).Raw(" Do Q\n");
                    break;
                case LinkItem link:
                    links.Add(link);
                    break;
                case DestinationItem destination:
                    destinations.Add(destination);
                    break;
            }
        }
        return new PageContent(content.ToArray(), links, destinations);
    }

    // Words of one line in one font, size and colour go into one text object, which keeps content streams small.
    // Right-to-left runs stay on their own so each is written in its logical order. Only text that follows on (after
    // a word, or after a space stretched by justification) joins: two table cells side by side share a baseline, but
    // their words must not become one word for search and copy.
    private static bool Joins(GlyphRunItem previous, GlyphRunItem next)
    {
        var end = previous.X + previous.Width;
        var follows = Math.Abs(next.X - end) < 0.01f || (next.X > end && string.IsNullOrWhiteSpace(previous.Text));
        return follows && next.FontId == previous.FontId && next.Size == previous.Size && next.Colour == previous.Colour
            && next.Baseline == previous.Baseline && next.Tag == previous.Tag
            && !GlyphRunWriter.RightToLeft(previous) && !GlyphRunWriter.RightToLeft(next);
    }

    /// <summary>The colours, line width and alpha last set, so each is written only when it changes.</summary>
    private sealed class GraphicsState(PdfBytes content, PageResources resources)
    {
        private Rgba? _fill;
        private Rgba? _stroke;
        private float _width = 1;
        private byte _alpha = 255;

        public void Fill(Rgba colour)
        {
            Alpha(colour.A);
            if (_fill is { } known && known.R == colour.R && known.G == colour.G && known.B == colour.B)
            {
                return;
            }
            Colour(colour).Raw(" rg\n");
            _fill = colour;
        }

        public void Stroke(Rgba colour, float width)
        {
            Alpha(colour.A);
            if (_width != width)
            {
                content.Real(width).Raw(" w\n");
                _width = width;
            }
            if (_stroke is { } known && known.R == colour.R && known.G == colour.G && known.B == colour.B)
            {
                return;
            }
            Colour(colour).Raw(" RG\n");
            _stroke = colour;
        }

        private void Alpha(byte alpha)
        {
            if (alpha != _alpha)
            {
                content.Name(resources.Alpha(alpha)).Raw(" gs\n");
                _alpha = alpha;
            }
        }

        private PdfBytes Colour(Rgba colour) =>
            content.Real(colour.R / 255.0).Space().Real(colour.G / 255.0).Space().Real(colour.B / 255.0);
    }
}
