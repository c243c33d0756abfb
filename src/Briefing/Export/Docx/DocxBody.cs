using System.Globalization;
using Briefing.Document;
using Briefing.Text;
using TextDirection = Briefing.Text.TextDirection;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Briefing.Export.Docx;

/// <summary>The blocks and inlines of the tree as Word paragraphs, runs and tables.</summary>
internal sealed class DocxBody(MainDocumentPart main, TreeDocument document, DocxNumbering numbering)
{
    private readonly Dictionary<string, string> _links = new(StringComparer.Ordinal);
    private readonly HashSet<int> _referenced = [];
    private readonly DocxNotePlan _notes = DocxNotePlan.Of(document.Tree);
    private bool _inNotes;
    private readonly HashSet<string> _bookmarks = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<int, IReadOnlyList<Layout.Elements.ColumnWidth>> _widths = TableWidths.Of(document.Tree, document.Theme);
    private int _bookmarkId;
    private int _images;

    private sealed record RunLook(bool Bold = false, bool Italic = false, bool Code = false, bool Strike = false, bool Underline = false,
        bool Highlight = false, VerticalPositionValues? Position = null, string? Style = null);

    public List<OpenXmlElement> Write()
    {
        var elements = new List<OpenXmlElement>();
        Blocks(elements, document.Tree.Blocks, new Context(null, null, 0));
        return elements;
    }

    public Footnotes Footnotes()
    {
        var notes = new Footnotes(
            new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        _inNotes = true;
        foreach (var (note, carried) in _notes.Footnotes)
        {
            var content = NoteContent(note, false);
            foreach (var inner in carried)
            {
                content.AddRange(NoteContent(inner, true));
            }
            var footnote = new Footnote { Id = note.Number };
            footnote.Append(content.Count == 0 ? [new Paragraph()] : content);
            notes.Append(footnote);
        }
        return notes;
    }

    /// <summary>
    /// A note's paragraphs, its mark at the start of the first: the footnote's own mark (which shows a written mark
    /// too, ECMA-376 17.11.13) or, for a note carried inside another's footnote, its number as text.
    /// </summary>
    private List<OpenXmlElement> NoteContent(FootnoteNode note, bool carried)
    {
        var content = new List<OpenXmlElement>();
        Blocks(content, note.Blocks, new Context("FootnoteText", null, 0));
        if (content.FirstOrDefault() is not Paragraph first)
        {
            first = new Paragraph();
            content.Insert(0, first);
        }
        var at = first.ParagraphProperties is null ? 0 : 1;
        var mark = carried ? (OpenXmlElement)new W.Text(note.Number.ToString(CultureInfo.InvariantCulture)) : new FootnoteReferenceMark();
        first.InsertAt(new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), mark), at);
        first.InsertAt(new Run(new W.Text(" ") { Space = SpaceProcessingModeValues.Preserve }), at + 1);
        return content;
    }

    /// <summary>The paragraph style for plain paragraphs here, the list numbering and level, if in a list.</summary>
    private sealed record Context(string? Style, int? NumberingId, int Level);

    private void Blocks(List<OpenXmlElement> output, IEnumerable<BlockNode> blocks, Context context)
    {
        foreach (var block in blocks)
        {
            Block(output, block, context);
        }
    }

    private void Block(List<OpenXmlElement> output, BlockNode block, Context context)
    {
        switch (block)
        {
            case HeadingNode heading:
                var paragraph = Paragraph($"Heading{heading.Level}", heading, null);
                Bookmark(paragraph, heading.Anchor ?? $"heading-{heading.Id}");
                Inlines(paragraph, heading.Content, new RunLook(), heading.Language);
                output.Add(paragraph);
                break;
            case ParagraphNode text:
                var p = Paragraph(NamedStyle(text) ?? context.Style, text, context);
                Inlines(p, text.Content, new RunLook(), text.Language);
                output.Add(p);
                break;
            case ListNode list:
                var id = numbering.Add(list.Ordered, list.Start);
                foreach (var item in list.Items)
                {
                    Item(output, item.Blocks, context with { NumberingId = id, Level = context.NumberingId is null ? 0 : context.Level + 1 }, context);
                }
                break;
            case ContentsNode contents:
                Entries(output, contents.Entries, context);
                break;
            case TableNode table:
                output.Add(Table(table));
                output.Add(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" })));
                break;
            case QuoteNode quote:
                Blocks(output, quote.Blocks, context with { Style = "Quote" });
                break;
            case BoxNode box:
                var named = box.Style.Classes.FirstOrDefault(c => document.Theme.Named(c) is not null);
                Blocks(output, box.Blocks, context with { Style = named is null ? context.Style : DocxStyles.NamedId(named) });
                break;
            case FigureNode figure:
                Figure(output, figure);
                break;
            case CodeBlockNode code:
                var pre = Paragraph("CodeBlock", code, null);
                var lines = code.Text.Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    var run = new Run(new W.Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
                    if (i > 0)
                    {
                        run.PrependChild(new Break());
                    }
                    pre.Append(run);
                }
                output.Add(pre);
                break;
            case RuleNode:
                output.Add(new Paragraph(new ParagraphProperties(new ParagraphBorders(
                    new BottomBorder { Val = BorderValues.Single, Size = 6, Color = "808080", Space = 1 }))));
                break;
            case PageBreakNode:
                output.Add(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                break;
        }
    }

    /// <summary>A list item: its first paragraph carries the number; later blocks are indented under it.</summary>
    private void Item(List<OpenXmlElement> output, IReadOnlyList<BlockNode> blocks, Context inList, Context outer)
    {
        var first = true;
        foreach (var block in blocks)
        {
            if (first && block is ParagraphNode paragraph)
            {
                var p = Paragraph(NamedStyle(paragraph) ?? outer.Style ?? "ListParagraph", paragraph, inList);
                Inlines(p, paragraph.Content, new RunLook(), paragraph.Language);
                output.Add(p);
            }
            else
            {
                Block(output, block, block is ListNode ? inList : outer with { Style = outer.Style ?? "ListParagraph" });
            }
            first = false;
        }
    }

    private void Entries(List<OpenXmlElement> output, IReadOnlyList<ContentsEntryNode> entries, Context context)
    {
        foreach (var entry in entries)
        {
            Blocks(output, entry.Blocks, context);
            Entries(output, entry.Entries, context);
        }
    }

    private string? NamedStyle(Node node) =>
        node.Style.Classes.FirstOrDefault(c => document.Theme.Named(c) is not null) is { } name ? DocxStyles.NamedId(name) : null;

    private static Paragraph Paragraph(string? style, Node node, Context? context)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.Append(new ParagraphStyleId { Val = style });
        }
        if (context?.NumberingId is { } numberingId)
        {
            properties.Append(new NumberingProperties(new NumberingLevelReference { Val = context.Level }, new NumberingId { Val = numberingId }));
        }
        if (BidiClass.FirstStrong(NodeWalk.PlainText(node)) == TextDirection.RightToLeft)
        {
            properties.Append(new BiDi());
        }
        return new Paragraph(properties);
    }

    private void Bookmark(Paragraph paragraph, string name)
    {
        if (!_bookmarks.Add(name))
        {
            return;
        }
        var id = (++_bookmarkId).ToString(CultureInfo.InvariantCulture);
        paragraph.Append(new BookmarkStart { Id = id, Name = BookmarkName(name) }, new BookmarkEnd { Id = id });
    }

    // Word keeps bookmark names to 40 characters, starting with a letter.
    private static string BookmarkName(string anchor)
    {
        var name = new string(anchor.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());
        name = name.Length > 0 && char.IsLetter(name[0]) ? name : "h_" + name;
        return name.Length > 40 ? name[..40] : name;
    }

    private Table Table(TableNode table)
    {
        var columns = Math.Max(1, table.Columns.Count);
        var width = DocxExporter.Twips(document.Theme.Page.BodyWidth).Value;
        // Columns that ask for a width get it (in twips, a twentieth of a point); the others share the rest.
        var asked = _widths.TryGetValue(table.Id, out var widths)
            ? TableWidths.Resolve(widths, columns, document.Theme.Page.BodyWidth).Select(w => (uint)Math.Round(w * 20)).ToArray()
            : null;
        var grid = new TableGrid(Enumerable.Range(0, columns).Select(i =>
            new GridColumn { Width = (asked?[i] ?? width / (uint)columns).ToString(CultureInfo.InvariantCulture) }));
        var result = new Table(
            new TableProperties(
                new TableStyle { Val = DocxStyles.Table },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLook { FirstRow = table.HeaderRows > 0, NoHorizontalBand = true, NoVerticalBand = true, Val = "04A0" }),
            grid);
        foreach (var row in table.Rows)
        {
            var tableRow = new TableRow();
            if (row.IsHeader)
            {
                // Repeated at the top of each page the table runs onto.
                tableRow.Append(new TableRowProperties(new TableHeader()));
            }
            foreach (var cell in row.Cells)
            {
                uint? cellWidth = asked is null ? null : asked.Skip(cell.Column).Take(Math.Max(1, cell.ColumnSpan)).Aggregate(0u, (sum, w) => sum + w);
                var properties = new TableCellProperties(cellWidth is { } twips
                    ? new TableCellWidth { Width = twips.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }
                    : new TableCellWidth { Width = "0", Type = TableWidthUnitValues.Auto });
                if (cell.ColumnSpan > 1)
                {
                    properties.Append(new GridSpan { Val = cell.ColumnSpan });
                }
                var tableCell = new TableCell(properties);
                var align = cell.Column < table.Columns.Count ? table.Columns[cell.Column] : ColumnAlign.Default;
                foreach (var paragraphNode in cell.Content.DefaultIfEmpty())
                {
                    var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TableText" }));
                    if (paragraphNode is not null && BidiClass.FirstStrong(NodeWalk.PlainText(paragraphNode)) == TextDirection.RightToLeft)
                    {
                        p.ParagraphProperties!.Append(new BiDi());
                    }
                    if (align != ColumnAlign.Default)
                    {
                        p.ParagraphProperties!.Append(new Justification
                        {
                            Val = align switch { ColumnAlign.Center => JustificationValues.Center, ColumnAlign.Right => JustificationValues.Right, _ => JustificationValues.Left },
                        });
                    }
                    if (paragraphNode is not null && LoneImage.In(paragraphNode) is { } image && ImageFile.Read(image.Url, document, image.Width, image.Height) is { } file)
                    {
                        p.Append(new Run(DocxImage.Drawing(main, file, image.AltText, ++_images)));
                    }
                    else if (paragraphNode is not null)
                    {
                        Inlines(p, paragraphNode.Content, new RunLook(Bold: row.IsHeader), paragraphNode.Language);
                    }
                    tableCell.Append(p);
                }
                tableRow.Append(tableCell);
            }
            result.Append(tableRow);
        }
        return result;
    }

    private void Figure(List<OpenXmlElement> output, FigureNode figure)
    {
        var image = ImageFile.Read(figure.Url, document, figure.Width, figure.Height);
        var paragraph = new Paragraph(new ParagraphProperties(new KeepNext(), new Justification { Val = JustificationValues.Center }));
        if (image is null)
        {
            paragraph.Append(new Run(new W.Text($"[{figure.AltText}]")));
        }
        else
        {
            paragraph.Append(new Run(DocxImage.Drawing(main, image, figure.AltText, ++_images)));
        }
        output.Add(paragraph);
        if (figure.Caption.Count > 0)
        {
            var caption = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Caption" }));
            Inlines(caption, figure.Caption, new RunLook(), figure.Language);
            output.Add(caption);
        }
    }

    private void Inlines(OpenXmlCompositeElement parent, IEnumerable<InlineNode> inlines, RunLook look, string? language)
    {
        foreach (var inline in inlines)
        {
            Inline(parent, inline, look, language);
        }
    }

    private void Inline(OpenXmlCompositeElement parent, InlineNode inline, RunLook look, string? language)
    {
        switch (inline)
        {
            case TextNode text:
                parent.Append(Run(text.Text, look, text.Language));
                break;
            case CodeNode code:
                parent.Append(Run(code.Text, look with { Code = true }, code.Language));
                break;
            case LineBreakNode lineBreak:
                parent.Append(lineBreak.IsHard ? new Run(new Break()) : Run(" ", look, language));
                break;
            case EmphasisNode emphasis:
                Inlines(parent, emphasis.Content, look with { Italic = true }, emphasis.Language);
                break;
            case StrongNode strong:
                Inlines(parent, strong.Content, look with { Bold = true }, strong.Language);
                break;
            case DecoratedNode decorated:
                Inlines(parent, decorated.Content, decorated.Decoration switch
                {
                    Decoration.Strikethrough => look with { Strike = true },
                    Decoration.Inserted => look with { Underline = true },
                    Decoration.Marked => look with { Highlight = true },
                    Decoration.Superscript => look with { Position = VerticalPositionValues.Superscript },
                    _ => look with { Position = VerticalPositionValues.Subscript },
                }, decorated.Language);
                break;
            case LinkNode link when link.IsInternal:
                var internalLink = new Hyperlink { Anchor = BookmarkName(link.Url[1..]) };
                Inlines(internalLink, link.Content, look with { Style = "Hyperlink" }, link.Language);
                parent.Append(internalLink);
                break;
            case LinkNode link when Html.HtmlText.IsSafeUrl(link.Url) && Uri.TryCreate(link.Url, UriKind.Absolute, out var uri):
                if (!_links.TryGetValue(link.Url, out var id))
                {
                    id = "rIdLink" + (_links.Count + 1).ToString(CultureInfo.InvariantCulture);
                    main.AddHyperlinkRelationship(uri, true, id);
                    _links[link.Url] = id;
                }
                var hyperlink = new Hyperlink { Id = id };
                Inlines(hyperlink, link.Content, look with { Style = "Hyperlink" }, link.Language);
                parent.Append(hyperlink);
                break;
            case LinkNode link:
                Inlines(parent, link.Content, look, link.Language);
                break;
            case FootnoteReferenceNode note when !_inNotes && _referenced.Add(note.Number):
                var mark = new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new FootnoteReference { Id = note.Number });
                if (_notes.WrittenMarks)
                {
                    mark.GetFirstChild<FootnoteReference>()!.CustomMarkFollows = true;
                    mark.Append(new W.Text(note.Number.ToString(CultureInfo.InvariantCulture)));
                }
                parent.Append(mark);
                break;
            case FootnoteReferenceNode note:
                // Word footnotes have one reference each, in the main text; a second mention, or one inside a note,
                // shows the number only.
                parent.Append(Run(note.Number.ToString(CultureInfo.InvariantCulture), look with { Position = VerticalPositionValues.Superscript }, language));
                break;
            case PageReferenceNode reference:
                PageField(parent, reference, look);
                break;
            case InlineImageNode image:
                parent.Append(Run(image.AltText, look, image.Language));
                break;
        }
    }

    /// <summary>
    /// A PAGEREF field to the heading's bookmark: its <c>\h</c> switch makes it a link to the heading, Word updates the
    /// number when its pages differ, and shows the PDF's page until then. (Inside a hyperlink it would be a link twice.)
    /// </summary>
    private void PageField(OpenXmlCompositeElement parent, PageReferenceNode reference, RunLook look)
    {
        parent.Append(
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode($" PAGEREF {BookmarkName(reference.Target)} \\h ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            Run(document.PageText(reference.Target), look with { Style = "Hyperlink" }, reference.Language),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
    }

    private Run Run(string text, RunLook look, string? language)
    {
        var properties = new RunProperties();
        if (look.Style is { } style)
        {
            properties.Append(new RunStyle { Val = style });
        }
        else if (look.Code)
        {
            properties.Append(new RunStyle { Val = "Code" });
        }
        if (look.Bold)
        {
            properties.Append(new Bold());
        }
        if (look.Italic)
        {
            properties.Append(new Italic());
        }
        if (look.Strike)
        {
            properties.Append(new Strike());
        }
        if (look.Highlight)
        {
            properties.Append(new Highlight { Val = HighlightColorValues.Yellow });
        }
        if (look.Underline)
        {
            properties.Append(new Underline { Val = UnderlineValues.Single });
        }
        if (look.Position is { } position)
        {
            properties.Append(new VerticalTextAlignment { Val = position });
        }
        var rightToLeft = BidiClass.FirstStrong(text) == TextDirection.RightToLeft;
        if (rightToLeft)
        {
            properties.Append(new RightToLeftText());
        }
        if (language is not null)
        {
            properties.Append(rightToLeft ? new Languages { Val = language, Bidi = language } : new Languages { Val = language });
        }
        var run = new Run();
        if (properties.HasChildren)
        {
            run.Append(properties);
        }
        run.Append(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }
}
