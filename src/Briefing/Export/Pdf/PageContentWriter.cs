using System.Runtime.InteropServices;
using System.Text;
using Briefing.Layout.Pages;

namespace Briefing.Export.Pdf;

/// <summary>
/// Turns one laid-out page into a content stream. Page coordinates run downwards from the top-left corner; PDF's
/// run upwards from the bottom-left, so every y is flipped here and nowhere else. With a structure tree, every
/// stretch of content is marked either as part of a structure element (with an MCID) or as an artifact.
/// </summary>
internal static class PageContentWriter
{
    /// <summary>Writes the page's content stream into <paramref name="content"/>.</summary>
    public static PageContent Write(LaidOutPage page, int pageIndex, PageResources resources, StructureTree? tree, PdfBytes content)
    {
        var text = new GlyphRunWriter(content, page.Height);
        var links = new List<LinkItem>();
        var destinations = new List<DestinationItem>();
        var state = new GraphicsState(content, resources);
        // Every item is read several times: from the layout's own list, not through the interface.
        var items = page.Items is List<PageItem> list ? CollectionsMarshal.AsSpan(list) : [.. page.Items];
        var areas = new List<LinkItem>();
        foreach (var item in items)
        {
            if (item is LinkItem area)
            {
                areas.Add(area);
            }
        }
        var languages = tree is null ? null : SpanLanguages.Of(items);
        var linkNodes = new Dictionary<int, StructureNode>();
        var linkTexts = new Dictionary<int, StringBuilder>();
        ContentMark? open = null;
        StructureNode? lastOwner = null;
        var lastBaseline = 0f;
        var lastText = "";
        for (var index = 0; index < items.Length; index++)
        {
            var item = items[index];
            if (tree is not null && item is not (LinkItem or DestinationItem))
            {
                var area = item is GlyphRunItem glyphs ? LinkArea(areas, glyphs) : -1;
                var mark = Mark(tree, item, languages?[index], page, pageIndex, area, linkNodes, areas);
                if (open != mark)
                {
                    if (open is not null)
                    {
                        content.Raw("EMC\n");
                    }
                    Begin(content, tree, mark, pageIndex);
                    open = mark;
                }
                if (area >= 0 && item is GlyphRunItem linked)
                {
                    (linkTexts.TryGetValue(area, out var t) ? t : linkTexts[area] = new StringBuilder()).Append(linked.Text);
                }
            }
            switch (item)
            {
                case GlyphRunItem first:
                    var end = index + 1;
                    var firstArea = tree is null ? -1 : LinkArea(areas, first);
                    while (end < items.Length && items[end] is GlyphRunItem next && Joins((GlyphRunItem)items[end - 1], next)
                        && (tree is null || (LinkArea(areas, next) == firstArea && languages?[end] == languages?[index])))
                    {
                        if (firstArea >= 0)
                        {
                            linkTexts[firstArea].Append(next.Text);
                        }
                        end++;
                    }
                    if (resources.Fonts.TryGetValue(first.FontId, out var font))
                    {
                        state.Fill(first.Colour);
                        // Layout drops the space where a line breaks; text read through the structure needs it back.
                        var owner = open?.Owner;
                        var wordBreak = owner is not null && owner == lastOwner && first.Baseline != lastBaseline
                            && lastText.Length > 0 && !char.IsWhiteSpace(lastText[^1]) && lastText[^1] is not ('-' or '\u00AD' or '\u2010')
                            && first.Text.Length > 0 && !char.IsWhiteSpace(first.Text[0]);
                        text.Write(items, index, end, font, wordBreak ? " " : null);
                        lastOwner = owner;
                        lastBaseline = first.Baseline;
                        lastText = ((GlyphRunItem)items[end - 1]).Text;
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
                case ImageItem image when resources.Drawing(image.Image) is { } drawing:
                    // SVG user units onto the image's rectangle, y flipped: the drawing stays vectors.
                    var scaleX = image.Width / drawing.Width;
                    var scaleY = image.Height / drawing.Height;
                    content.Raw("q ").Real(scaleX, 5).Raw(" 0 0 ").Real(-scaleY, 5).Space()
                        .Real(image.X - drawing.Left * scaleX).Space().Real(page.Height - image.Y + drawing.Top * scaleY).Raw(" cm\n")
                        .Raw(drawing.Content).Raw("Q\n");
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
        if (open is not null)
        {
            content.Raw("EMC\n");
        }
        var linkInfo = areas.Select((area, i) => new PageLink(area, linkNodes.GetValueOrDefault(i), linkTexts.TryGetValue(i, out var t) ? t.ToString().Trim() : null)).ToList();
        return new PageContent(tree is null ? links.Select(l => new PageLink(l, null, null)).ToList() : linkInfo, destinations);
    }

    private static void Begin(PdfBytes content, StructureTree tree, ContentMark mark, int pageIndex)
    {
        if (mark.Owner is { } owner)
        {
            content.Name(owner.Type).Raw(" <</MCID ").Int(tree.Mark(owner, pageIndex));
            if (mark.Language is { } language)
            {
                content.Raw(" /Lang ").Text(language);
            }
            content.Raw(">> BDC\n");
            return;
        }
        content.Raw("/Artifact <</Type ").Name(mark.ArtifactType!);
        if (mark.ArtifactSubtype is { } subtype)
        {
            content.Raw(" /Subtype ").Name(subtype);
        }
        content.Raw(">> BDC\n");
    }

    private static ContentMark Mark(StructureTree tree, PageItem item, ScriptLanguage? language, LaidOutPage page, int pageIndex, int area,
        Dictionary<int, StructureNode> linkNodes, List<LinkItem> areas)
    {
        var tag = item.Tag;
        if (tag.Role == BlockRole.Artifact)
        {
            if (item is GlyphRunItem run)
            {
                return ContentMark.Artifact("Pagination", run.Baseline < page.Height / 2 ? "Header" : "Footer");
            }
            return ContentMark.Artifact("Layout");
        }
        if (tree.RepeatedOnLaterPage(tag, pageIndex))
        {
            return ContentMark.Artifact("Pagination");
        }
        var isText = item is GlyphRunItem;
        StructureNode owner;
        if (area >= 0)
        {
            if (!linkNodes.TryGetValue(area, out var link))
            {
                link = tree.Link(tag, areas[area].Destination?.StartsWith("fn-", StringComparison.Ordinal) == true);
                linkNodes[area] = link;
            }
            owner = link;
        }
        else
        {
            owner = tree.ContentOwner(tag, isText);
        }
        return ContentMark.Element(owner, item is GlyphRunItem ? tree.SpanLanguage(owner, language) : null);
    }

    // The link area a run of text lies in, by the middle of the run; -1 for none.
    private static int LinkArea(List<LinkItem> areas, GlyphRunItem run)
    {
        var x = run.X + run.Width / 2;
        var y = run.Baseline - run.Size * 0.3f;
        for (var i = 0; i < areas.Count; i++)
        {
            var area = areas[i];
            if (area.Tag == run.Tag && x >= area.X && x <= area.X + area.Width && y >= area.Y && y <= area.Y + area.Height)
            {
                return i;
            }
        }
        return -1;
    }

    // Words of one line in one font, size and colour go into one text object, which keeps content streams small.
    // Right-to-left runs stay on their own so each is written in its logical order. Only text that follows on (after
    // a word, or after a space stretched by justification) joins: two table cells side by side share a baseline, but
    // their words must not become one word for search and copy.
    private static bool Joins(GlyphRunItem previous, GlyphRunItem next)
    {
        var end = previous.X + previous.Width;
        // A justified space may also be narrower than its glyph: the line's spaces shrink to fit a word more.
        var follows = Math.Abs(next.X - end) < 0.01f || (next.X > previous.X && string.IsNullOrWhiteSpace(previous.Text));
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
