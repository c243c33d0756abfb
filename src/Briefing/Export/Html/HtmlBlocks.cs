using System.Globalization;
using System.Text;
using Briefing.Document;
using Briefing.Text;

namespace Briefing.Export.Html;

/// <summary>The blocks and inlines of the tree as HTML elements.</summary>
internal sealed class HtmlBlocks(StringBuilder html, TreeDocument document, string? language)
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _references = [];
    private readonly IReadOnlyDictionary<int, IReadOnlyList<Layout.Elements.ColumnWidth>> _widths = TableWidths.Of(document.Tree, document.Theme);

    // The page has one h1: a document with several level-1 headings (or none) gets its title as h1 and its headings one level down.
    private readonly int _shift = document.Tree.Descendants().OfType<HeadingNode>().Count(h => h.Level == 1) == 1 ? 0 : 1;

    public void Write()
    {
        if (_shift == 1 && document.Metadata.Title.Length > 0)
        {
            html.Append("<h1 class=\"bf-h1 bf-title\">").Escaped(document.Metadata.Title).Append("</h1>\n");
        }
        Blocks(document.Tree.Blocks, language);
    }

    public void WriteFootnotes()
    {
        if (document.Tree.Footnotes.Count == 0)
        {
            return;
        }
        html.Append("<aside class=\"bf-footnotes\" role=\"doc-endnotes\" aria-label=\"Notes\">\n<hr>\n<ol>\n");
        foreach (var note in document.Tree.Footnotes)
        {
            var number = note.Number.ToString(CultureInfo.InvariantCulture);
            html.Append("<li id=\"fn-").Append(number).Append("\" value=\"").Append(number).Append('"');
            Language(note, language);
            html.Append(">\n");
            Blocks(note.Blocks, note.Language);
            if (_references.ContainsKey(note.Number))
            {
                html.Append("<a href=\"#fnref-").Append(number).Append("\" class=\"bf-backlink\" role=\"doc-backlink\" aria-label=\"Back to the text\">↩</a>\n");
            }
            html.Append("</li>\n");
        }
        html.Append("</ol>\n</aside>\n");
    }

    private void Blocks(IEnumerable<BlockNode> blocks, string? parentLanguage)
    {
        foreach (var block in blocks)
        {
            Block(block, parentLanguage);
        }
    }

    private void Block(BlockNode block, string? parent)
    {
        switch (block)
        {
            case HeadingNode heading:
                var level = Math.Min(6, heading.Level + _shift);
                html.Append("<h").Append(level);
                Id(heading.Anchor ?? $"heading-{heading.Id}");
                Classes(heading, $"bf-h{heading.Level}");
                Language(heading, parent);
                html.Append(" dir=\"auto\">");
                Inlines(heading.Content, heading.Language);
                html.Append("</h").Append(level).Append(">\n");
                break;
            case ParagraphNode paragraph:
                Open("p", paragraph, parent, null, " dir=\"auto\"");
                Inlines(paragraph.Content, paragraph.Language);
                html.Append("</p>\n");
                break;
            case ListNode list:
                var tag = list.Ordered ? "ol" : "ul";
                // The list's indent is on the side of its markers: the right when it starts with a right-to-left item.
                var listDirection = list.Items.Count > 0 && ItemDirection(list.Items[0]) == RightToLeft ? RightToLeft : "";
                Open(tag, list, parent, null, (list.Ordered && list.Start != 1 ? $" start=\"{list.Start.ToString(CultureInfo.InvariantCulture)}\"" : "") + listDirection);
                html.Append('\n');
                foreach (var item in list.Items)
                {
                    Open("li", item, list.Language, null, ItemDirection(item));
                    Blocks(item.Blocks, item.Language);
                    html.Append("</li>\n");
                }
                html.Append("</").Append(tag).Append(">\n");
                break;
            case ContentsNode contents:
                html.Append("<nav aria-label=\"Contents\">\n");
                Entries(contents.Entries, contents, parent);
                html.Append("</nav>\n");
                break;
            case TableNode table:
                Table(table, parent);
                break;
            case QuoteNode quote:
                Open("blockquote", quote, parent, null, "");
                html.Append('\n');
                Blocks(quote.Blocks, quote.Language);
                html.Append("</blockquote>\n");
                break;
            case BoxNode box:
                Open("div", box, parent, "bf-box", "");
                html.Append('\n');
                Blocks(box.Blocks, box.Language);
                html.Append("</div>\n");
                break;
            case FigureNode figure:
                Figure(figure, parent);
                break;
            case CodeBlockNode code:
                Open("pre", code, parent, null, "");
                html.Append("<code>").Escaped(code.Text).Append("</code></pre>\n");
                break;
            case RuleNode rule:
                Open("hr", rule, parent, null, "");
                html.Append('\n');
                break;
            case PageBreakNode:
                html.Append("<div class=\"bf-pagebreak\"></div>\n");
                break;
        }
    }

    // A list item's direction, and with it the side of its marker, is that of its text, as on the page. `dir="auto"`
    // cannot tell it: the browser skips the item's paragraphs, which have a `dir` of their own.
    private static string ItemDirection(Node item) =>
        BidiClass.FirstStrong(NodeWalk.PlainText(item)) == TextDirection.RightToLeft ? RightToLeft : " dir=\"auto\"";

    private const string RightToLeft = " dir=\"rtl\"";

    private void Entries(IReadOnlyList<ContentsEntryNode> entries, BlockNode list, string? parent)
    {
        Open("ul", list, parent, "bf-contents", "");
        html.Append('\n');
        foreach (var entry in entries)
        {
            Open("li", entry, list.Language, null, ItemDirection(entry));
            Blocks(entry.Blocks, entry.Language);
            if (entry.Entries.Count > 0)
            {
                Entries(entry.Entries, entry, entry.Language);
            }
            html.Append("</li>\n");
        }
        html.Append("</ul>\n");
    }

    private void Table(TableNode table, string? parent)
    {
        var widths = _widths.GetValueOrDefault(table.Id);
        Open("table", table, parent, null, "");
        html.Append('\n');
        if (widths is not null)
        {
            html.Append("<colgroup>");
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var width = i < widths.Count ? widths[i] : Layout.Elements.ColumnWidth.Auto;
                html.Append(width switch
                {
                    { Share: { } share } => string.Create(CultureInfo.InvariantCulture, $"<col style=\"width: {share * 100:0.##}%\">"),
                    { Points: { } points } => string.Create(CultureInfo.InvariantCulture, $"<col style=\"width: {points:0.##}pt\">"),
                    _ => "<col>",
                });
            }
            html.Append("</colgroup>\n");
        }
        var header = table.Rows.Where(r => r.IsHeader).ToList();
        if (header.Count > 0)
        {
            html.Append("<thead>\n");
            Rows(header, table, "th");
            html.Append("</thead>\n");
        }
        html.Append("<tbody>\n");
        Rows(table.Rows.Where(r => !r.IsHeader), table, "td");
        html.Append("</tbody>\n</table>\n");
    }

    private void Rows(IEnumerable<TableRowNode> rows, TableNode table, string cellTag)
    {
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row.Cells)
            {
                html.Append('<').Append(cellTag);
                if (cellTag == "th")
                {
                    html.Append(" scope=\"col\"");
                }
                if (cell.ColumnSpan > 1)
                {
                    html.Append(" colspan=\"").Append(cell.ColumnSpan.ToString(CultureInfo.InvariantCulture)).Append('"');
                }
                var align = cell.Column < table.Columns.Count ? table.Columns[cell.Column] : ColumnAlign.Default;
                if (align != ColumnAlign.Default)
                {
                    html.Append(" style=\"text-align: ").Append(align.ToString().ToLowerInvariant()).Append('"');
                }
                Language(cell, table.Language);
                html.Append(" dir=\"auto\">");
                for (var i = 0; i < cell.Content.Count; i++)
                {
                    if (i > 0)
                    {
                        html.Append("<br>");
                    }
                    if (LoneImage.In(cell.Content[i]) is { } image && ImageFile.Read(image.Url, document, image.Width, image.Height) is { } file)
                    {
                        Image(file, image.Decorative ? "" : image.AltText);
                    }
                    else
                    {
                        Inlines(cell.Content[i].Content, cell.Language);
                    }
                }
                html.Append("</").Append(cellTag).Append('>');
            }
            html.Append("</tr>\n");
        }
    }

    private void Figure(FigureNode figure, string? parent)
    {
        Open("figure", figure, parent, null, "");
        var image = ImageFile.Read(figure.Url, document, figure.Width, figure.Height);
        if (image is null)
        {
            if (!figure.Decorative)
            {
                html.Append("<p>[").Escaped(figure.AltText).Append("]</p>");
            }
        }
        else
        {
            Image(image, figure.Decorative ? "" : figure.AltText);
        }
        if (figure.Caption.Count > 0)
        {
            html.Append("<figcaption>");
            Inlines(figure.Caption, figure.Language);
            html.Append("</figcaption>");
        }
        html.Append("</figure>\n");
    }

    private void Image(ImageFile image, string alt) =>
        html.Append("<img src=\"data:").Append(image.MediaType).Append(";base64,").Append(Convert.ToBase64String(image.Data.Bytes.Span))
            .Append("\" alt=\"").Escaped(alt).Append('"')
            .Append(string.Create(CultureInfo.InvariantCulture, $" style=\"width: {image.Width:0.##}pt; height: {image.Height:0.##}pt\">"));

    private void Inlines(IEnumerable<InlineNode> inlines, string? parent)
    {
        foreach (var inline in inlines)
        {
            Inline(inline, parent);
        }
    }

    private void Inline(InlineNode inline, string? parent)
    {
        switch (inline)
        {
            case TextNode text when text.Language != parent:
                html.Append("<span");
                Language(text, parent);
                html.Append('>').Escaped(text.Text).Append("</span>");
                break;
            case TextNode text:
                html.Escaped(text.Text);
                break;
            case CodeNode code:
                html.Append("<code>").Escaped(code.Text).Append("</code>");
                break;
            case LineBreakNode lineBreak:
                html.Append(lineBreak.IsHard ? "<br>\n" : "\n");
                break;
            case EmphasisNode emphasis:
                Wrapped("em", emphasis, emphasis.Content, parent);
                break;
            case StrongNode strong:
                Wrapped("strong", strong, strong.Content, parent);
                break;
            case DecoratedNode decorated:
                var tag = decorated.Decoration switch
                {
                    Decoration.Strikethrough => "del",
                    Decoration.Inserted => "ins",
                    Decoration.Marked => "mark",
                    Decoration.Superscript => "sup",
                    _ => "sub",
                };
                Wrapped(tag, decorated, decorated.Content, parent);
                break;
            case LinkNode link when HtmlText.IsSafeUrl(link.Url):
                html.Append("<a href=\"").Escaped(link.Url).Append('"');
                Language(link, parent);
                html.Append('>');
                Inlines(link.Content, link.Language);
                html.Append("</a>");
                break;
            case LinkNode link:
                Inlines(link.Content, parent);
                break;
            case FootnoteReferenceNode note:
                var number = note.Number.ToString(CultureInfo.InvariantCulture);
                var count = _references[note.Number] = _references.GetValueOrDefault(note.Number) + 1;
                html.Append("<a href=\"#fn-").Append(number).Append('"');
                Id(count == 1 ? $"fnref-{number}" : $"fnref-{number}-{count}");
                html.Append(" class=\"bf-footnote-ref\" role=\"doc-noteref\">").Append(number).Append("</a>");
                break;
            case PageReferenceNode reference:
                // The page of the PDF laid out from the same tree; the link works in the browser whatever the pages.
                html.Append("<a href=\"#").Escaped(reference.Target).Append("\" class=\"bf-page-ref\"");
                Language(reference, parent);
                html.Append('>').Escaped(document.PageText(reference.Target)).Append("</a>");
                break;
            case InlineImageNode image:
                html.Escaped(image.AltText);
                break;
        }
    }

    private void Wrapped(string tag, InlineNode node, IReadOnlyList<InlineNode> content, string? parent)
    {
        html.Append('<').Append(tag);
        Language(node, parent);
        html.Append('>');
        Inlines(content, node.Language);
        html.Append("</").Append(tag).Append('>');
    }

    private void Open(string tag, Node node, string? parent, string? ownClass, string attributes)
    {
        html.Append('<').Append(tag);
        Classes(node, ownClass);
        Language(node, parent);
        html.Append(attributes).Append('>');
    }

    private void Classes(Node node, string? ownClass)
    {
        var names = node.Style.Classes.Select(ThemeCss.ClassName).Where(n => n.Length > 0).Prepend(ownClass).OfType<string>().ToList();
        if (names.Count > 0)
        {
            html.Append(" class=\"").Escaped(string.Join(' ', names)).Append('"');
        }
    }

    private void Language(Node node, string? parent)
    {
        if (node.Language is { } own && own != parent)
        {
            html.Append(" lang=\"").Escaped(own).Append('"');
        }
    }

    private void Id(string id)
    {
        if (id.Length > 0 && _ids.Add(id))
        {
            html.Append(" id=\"").Escaped(id).Append('"');
        }
    }
}
