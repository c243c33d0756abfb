using System.Globalization;
using Briefing.Diagnostics;
using Briefing.Document;
using Briefing.Layout.Elements;
using Briefing.Layout.Inline;
using Briefing.Layout.Pages;
using Briefing.Text;

namespace Briefing.Layout;

/// <summary>Builds layout elements from the document tree, styled by the theme; images are read here.</summary>
internal sealed class ElementBuilder
{
    private readonly TypesetContext _context;
    private readonly StyleSheet _styles;
    private readonly InlineSpans _inlines;
    private readonly ImageAltText _altText;
    private readonly LayoutOptions _options;
    private readonly IReadOnlyDictionary<string, int>? _pageOf;
    private int _blockId;
    private bool _contents;
    private StructureTag? _parent;

    public ElementBuilder(TypesetContext context, LayoutOptions options, IReadOnlyDictionary<string, int>? pageOf = null)
    {
        _pageOf = pageOf;
        _context = context;
        _options = options;
        _styles = new StyleSheet(context.Theme, context.SourcePath, context.Diagnostics);
        _altText = new ImageAltText(context);
        _inlines = new InlineSpans(_styles, pageOf, _altText);
    }

    public string? FirstHeading { get; private set; }

    /// <summary>True when a contents list (class <c>toc</c>) or a page reference needs the pages of its targets.</summary>
    public bool UsesPageNumbers => _contents || _inlines.UsesPageNumbers;

    /// <summary>A new block's tag, inside the block being built.</summary>
    internal StructureTag Tag(BlockRole role, Node node, int level = 0, string? alt = null, StructureTag? parent = null) =>
        new(role, level, alt, ++_blockId, parent ?? _parent, node.Id, node.Language);

    private void Within(StructureTag parent, Action build)
    {
        var outer = _parent;
        _parent = parent;
        try
        {
            build();
        }
        finally
        {
            _parent = outer;
        }
    }

    /// <summary>
    /// The document's content in sections: a <c>::: landscape</c> container at the top level is a section of
    /// landscape pages; what comes before and after it is on the theme's pages. Empty sections are left out.
    /// </summary>
    public IReadOnlyList<PageSection> Build(DocumentTree tree)
    {
        var sections = new List<PageSection>();
        var notes = tree.Footnotes.Count == 0 ? [] : Footnotes(tree.Footnotes);
        var notesStyle = NotesStyle();
        if (notes.Count > 0 && (notesStyle.Placement ?? FootnotePlacement.Page) == FootnotePlacement.Page)
        {
            // Built before the text that cites them, so a reference inside a note cites nothing at the foot.
            var inside = tree.Footnotes.ToDictionary(n => n.Number,
                n => (IReadOnlyList<int>)NodeWalk.Self(n).OfType<FootnoteReferenceNode>().Select(r => r.Number).ToList());
            _context.Foot = new PageFoot(PageFoot.Chains(notes, inside), notesStyle.SpaceBefore ?? 12,
                notesStyle.RuleWidth ?? 0.5f, notesStyle.RuleColour ?? Rgba.Black);
        }
        var flow = new Flow();
        void Close(PageSetup page)
        {
            if (!flow.IsEmpty)
            {
                sections.Add(new PageSection(flow.ToColumn(), page));
            }
            flow = new Flow();
        }
        foreach (var block in tree.Blocks)
        {
            if (block is BoxNode box && box.Style.Classes.Contains(StyleSheet.Landscape))
            {
                Close(_context.Theme.Page);
                _context.Page = _context.Theme.Page.Landscape();
                var tag = Tag(BlockRole.Section, box);
                var style = _styles.Resolve("container", _context.Theme.Base, box.Style.Classes, box.Span);
                Within(tag, () => AddBlocks(flow, box.Blocks, style.Passed().Over(_context.Theme.Base), 0));
                Close(_context.Page);
                _context.Page = _context.Theme.Page;
                continue;
            }
            AddBlock(flow, block, _context.Theme.Base, 0);
        }
        if (notes.Count > 0 && _context.Foot is null)
        {
            AddEndnotes(flow, notes, notesStyle);
        }
        Close(_context.Theme.Page);
        return sections;
    }

    private void AddBlocks(Flow flow, IEnumerable<BlockNode> blocks, BlockStyle inherited, int listDepth)
    {
        foreach (var block in blocks)
        {
            AddBlock(flow, block, inherited, listDepth);
        }
    }

    private void AddBlock(Flow flow, BlockNode block, BlockStyle inherited, int listDepth)
    {
        _context.At = block;
        var classes = block.Style.Classes;
        switch (block)
        {
            case PageBreakNode:
                flow.Add(new PageBreak());
                break;
            case HeadingNode heading:
                AddHeading(flow, heading, inherited);
                break;
            case FigureNode figure:
                AddFigure(flow, figure, inherited);
                break;
            case ParagraphNode paragraph:
                var style = _styles.Resolve(listDepth > 0 ? "list-item" : "paragraph", inherited, classes, block.Span);
                Place(flow, Paragraph(paragraph.Content, style, Tag(BlockRole.Paragraph, paragraph)), style, classes);
                break;
            case ContentsNode contents:
                AddContents(flow, contents, inherited, listDepth);
                break;
            case ListNode list:
                AddList(flow, list, inherited, listDepth);
                break;
            case TableNode table:
                var (element, spaceAfter) = new TableElements(_context, _styles, this).Build(flow, table, inherited, Tag(BlockRole.Table, table));
                flow.Add(element);
                flow.Space(spaceAfter);
                break;
            case QuoteNode quote:
                AddContainer(flow, quote, quote.Blocks, "blockquote", inherited, listDepth, keepByDefault: false, Tag(BlockRole.BlockQuote, quote));
                break;
            case BoxNode box:
                if (classes.Contains(StyleSheet.Landscape))
                {
                    _context.Diagnostics.Add(new Diagnostic(_context.SourcePath, block.Span.Line, block.Span.Column, Severity.Warning,
                        "a `landscape` section inside another block is laid out on the pages around it",
                        "put `::: landscape` at the top level of the document, outside lists, quotes and other containers"));
                }
                AddContainer(flow, box, box.Blocks, "container", inherited, listDepth, keepByDefault: true, Tag(BlockRole.Section, box));
                break;
            case RuleNode:
                var rule = _styles.Resolve("rule", BlockStyle.Empty, classes, block.Span);
                flow.Space(rule.SpaceBefore ?? 6);
                flow.Add(new HorizontalRule(rule.RuleWidth ?? 0.75f, rule.RuleColour ?? rule.Colour ?? Rgba.Black));
                flow.Space(rule.SpaceAfter ?? 6);
                break;
            case CodeBlockNode code:
                AddCode(flow, code, inherited);
                break;
        }
    }

    internal TextBlock Paragraph(IReadOnlyList<InlineNode> inlines, BlockStyle style, StructureTag tag, HeadingAnchor? anchor = null, bool hyphenate = true) =>
        new(new ParagraphText(_inlines.Spans(inlines, _styles.Text(style) with { Hyphenate = hyphenate }), _context), style.Align ?? TextAlign.Start,
            style.LineHeight ?? 1.35f, tag, anchor, _context.Foot);

    /// <summary>Adds spacing around a block and, when its style asks, a box and keep-together.</summary>
    internal void Place(Flow flow, IElement element, BlockStyle style, IReadOnlyList<string> classes, bool keepByDefault = false, bool keepWithNext = false)
    {
        flow.Space(style.SpaceBefore ?? 0);
        var boxed = style.Background is not null || style.Border is not null || style.BorderLeft is not null || style.BorderBottom is not null || style.Padding is { IsEmpty: false };
        if (boxed)
        {
            element = new Box(element, style.Padding ?? default, style.Background, style.Border, style.BorderLeft, style.BorderBottom);
        }
        if (classes.Contains("keep") || (style.KeepTogether ?? keepByDefault))
        {
            element = new KeepTogether(element, _context.BodyHeight);
        }
        if (keepWithNext || (style.KeepWithNext ?? false))
        {
            element = new KeepWithNext(element);
        }
        flow.Add(element);
        flow.Space(style.SpaceAfter ?? 0);
    }

    private void AddHeading(Flow flow, HeadingNode heading, BlockStyle inherited)
    {
        var classes = heading.Style.Classes;
        var style = _styles.Resolve($"heading{heading.Level}", inherited.TextOnly() with { Align = null }, classes, heading.Span);
        var text = string.Concat(_inlines.Spans(heading.Content, _styles.Text(style)).Select(s => s.Text)).Replace('\n', ' ').Trim();
        FirstHeading ??= text;
        var id = heading.Anchor ?? $"heading-{heading.Id}";
        var tag = Tag(BlockRole.Heading, heading, heading.Level);
        // Headings are short and read at a glance: they break between words only.
        Place(flow, Paragraph(heading.Content, style with { Align = style.Align ?? TextAlign.Start }, tag, new HeadingAnchor(heading.Level, text, id), hyphenate: false),
            style, classes, keepWithNext: true);
    }

    private void AddContainer(Flow flow, BlockNode container, IReadOnlyList<BlockNode> blocks, string kind, BlockStyle inherited, int listDepth, bool keepByDefault, StructureTag tag)
    {
        var classes = container.Style.Classes;
        var style = _styles.Resolve(kind, inherited, classes, container.Span);
        var inner = new Flow();
        Within(tag, () => AddBlocks(inner, blocks, style.Passed().Over(inherited.Passed()).Over(_context.Theme.Base), listDepth));
        if (inner.IsEmpty)
        {
            return;
        }
        Place(flow, inner.ToColumn(), style, classes, keepByDefault);
    }

    private void AddList(Flow flow, ListNode list, BlockStyle inherited, int depth)
    {
        var style = _styles.Resolve("list", inherited, list.Style.Classes, list.Span);
        var itemStyle = _styles.Resolve("list-item", inherited.TextOnly(), [], null);
        var listTag = Tag(BlockRole.List, list);
        var number = list.Start;
        var entries = new List<(IElement Marker, IElement Content, bool RightToLeft)>();
        foreach (var item in list.Items)
        {
            var marker = list.Ordered
                ? $"{number++}{list.Delimiter}"
                : depth switch { 0 => style.Bullet ?? "•", 1 => "–", _ => "◦" };
            var content = new Flow();
            var itemTag = Tag(BlockRole.ListItem, item, parent: listTag);
            Within(itemTag, () => AddBlocks(content, item.Blocks, inherited.Passed(), depth + 1));
            var rightToLeft = BidiClass.FirstStrong(NodeWalk.PlainText(item)) == TextDirection.RightToLeft;
            var markerBlock = new TextBlock(new ParagraphText([new InlineSpan(marker, _styles.Text(itemStyle))], _context),
                rightToLeft ? TextAlign.Left : TextAlign.Right, itemStyle.LineHeight ?? 1.35f, itemTag);
            entries.Add((markerBlock, content.ToColumn(), rightToLeft));
        }
        var indent = ListItem.IndentFor(entries.Select(e => e.Marker), style.Indent ?? 16);
        var items = new Flow();
        foreach (var (marker, content, rightToLeft) in entries)
        {
            items.Add(new ListItem(marker, content, indent, rightToLeft));
            items.Space(list.Loose ? (itemStyle.SpaceAfter ?? 2) * 2 : itemStyle.SpaceAfter ?? 2);
        }
        flow.Space(depth > 0 ? 2 : style.SpaceBefore ?? 0);
        flow.Add(items.ToColumn());
        flow.Space(depth > 0 ? 2 : style.SpaceAfter ?? 6);
    }

    private void AddContents(Flow flow, ContentsNode contents, BlockStyle inherited, int depth)
    {
        var style = _styles.Resolve("list", inherited, contents.Style.Classes, contents.Span);
        var itemStyle = _styles.Resolve("list-item", inherited.TextOnly(), [], null);
        var items = new Flow();
        var listTag = Tag(BlockRole.Contents, contents);
        foreach (var entry in contents.Entries)
        {
            foreach (var line in ContentsLines(entry, inherited, itemStyle, listTag))
            {
                items.Add(line);
                items.Space(itemStyle.SpaceAfter ?? 2);
            }
        }
        flow.Space(depth > 0 ? 2 : style.SpaceBefore ?? 0);
        flow.Add(items.ToColumn());
        flow.Space(depth > 0 ? 2 : style.SpaceAfter ?? 6);
    }

    /// <summary>
    /// Contents lines for an entry and its nested entries: the entry's text, and the page of the heading its
    /// link points to at the right margin.
    /// </summary>
    private IEnumerable<IElement> ContentsLines(ContentsEntryNode entry, BlockStyle inherited, BlockStyle itemStyle, StructureTag listTag)
    {
        _contents = true;
        var content = new Flow();
        var itemTag = Tag(BlockRole.ContentsEntry, entry, parent: listTag);
        Within(itemTag, () => AddBlocks(content, entry.Blocks, inherited.TextOnly(), entry.Depth + 1));
        var page = entry.Target is not null && _pageOf is not null && _pageOf.TryGetValue(entry.Target, out var p) ? (p + 1).ToString(CultureInfo.InvariantCulture) : "";
        var style = _styles.Text(itemStyle);
        var number = new TextBlock(new ParagraphText([new InlineSpan(page, style)], _context), TextAlign.Right, itemStyle.LineHeight ?? 1.35f, itemTag);
        yield return new ContentsLine(content.ToColumn(), number, style.Size * 3, entry.Depth * 12, style.Colour);
        if (entry.Entries.Count > 0)
        {
            var nestedTag = Tag(BlockRole.Contents, entry, parent: itemTag);
            foreach (var child in entry.Entries)
            {
                foreach (var line in ContentsLines(child, inherited, itemStyle, nestedTag))
                {
                    yield return line;
                }
            }
        }
    }

    private void AddCode(Flow flow, CodeBlockNode code, BlockStyle inherited)
    {
        var style = _styles.Resolve("code-block", inherited.TextOnly(), code.Style.Classes, code.Span);
        var span = new InlineSpan(code.Text, _styles.Text(style));
        var block = new TextBlock(new ParagraphText([span], _context), TextAlign.Left, style.LineHeight ?? 1.3f, Tag(BlockRole.Code, code));
        Place(flow, block, style, code.Style.Classes);
    }

    private void AddFigure(Flow flow, FigureNode figure, BlockStyle inherited)
    {
        var classes = figure.Style.Classes;
        var style = _styles.Resolve("figure", inherited.TextOnly(), classes, figure.Span);
        var alt = figure.AltText;
        if (!_altText.Check(figure, figure.Url, alt, figure.Decorative))
        {
            return;
        }
        var data = ImageSource.Load(figure.Url, _options.BaseDirectory, _context.SourcePath, figure.Span, _context.Diagnostics);
        if (data is null && figure.Decorative)
        {
            return;
        }
        if (data is null)
        {
            var fallback = _styles.Resolve("caption", inherited.TextOnly(), [], null);
            Place(flow, new TextBlock(new ParagraphText([new InlineSpan($"[{alt}]", _styles.Text(fallback))], _context), TextAlign.Center, 1.3f,
                Tag(BlockRole.Figure, figure, 0, alt)), fallback, classes);
            return;
        }
        // A decorative image is an artifact: drawn, but not read out. Its caption, if it has one, is still text.
        var tag = figure.Decorative ? StructureTag.Artifact with { NodeId = figure.Id } : Tag(BlockRole.Figure, figure, 0, alt);
        var column = new Flow();
        column.Add(new ImageBlock(data, tag, _context.BodyHeight * 0.9f, Size(figure.Width, figure.Height, figure.Span)));
        if (figure.Caption.Count > 0)
        {
            var caption = _styles.Resolve("caption", inherited.TextOnly(), [], null);
            column.Space(4);
            column.Add(new TextBlock(new ParagraphText(_inlines.Spans(figure.Caption, _styles.Text(caption)), _context), caption.Align ?? TextAlign.Center,
                caption.LineHeight ?? 1.3f, figure.Decorative ? Tag(BlockRole.Paragraph, figure) : tag, foot: _context.Foot));
        }
        Place(flow, column.ToColumn(), style, classes, keepByDefault: true);
    }

    /// <summary>
    /// An image alone in a table cell (a seal beside a header block, a logo), at the size its attributes ask for
    /// and aligned as its column; null when it cannot be read (the warning is given, the cell shows its alt text).
    /// </summary>
    internal IElement? CellImage(InlineImageNode image, SourceSpan cell, StructureTag parent, TextAlign align)
    {
        if (!_altText.Check(image, image.Url, image.AltText, image.Decorative))
        {
            return null;
        }
        var data = ImageSource.Load(image.Url, _options.BaseDirectory, _context.SourcePath, image.Span, _context.Diagnostics);
        var tag = image.Decorative ? StructureTag.Artifact with { NodeId = image.Id } : Tag(BlockRole.Figure, image, 0, image.AltText, parent);
        return data is null ? null : new ImageBlock(data, tag, _context.BodyHeight * 0.9f, Size(image.Width, image.Height, cell), align);
    }

    // A size that is not a length is reported and left out, so the image keeps its own size.
    private ImageSize Size(string? widthText, string? heightText, SourceSpan at)
    {
        var (width, share, widthProblem) = ImageSize.Read(widthText, "width");
        var (height, _, heightProblem) = ImageSize.Read(heightText, "height");
        foreach (var problem in new[] { widthProblem, heightProblem }.OfType<string>())
        {
            _context.Diagnostics.Add(SourcePlaces.At(_context.SourcePath, at, fromData: false, Severity.Warning, problem,
                "write a number with pt, mm, cm, in or px (a bare number is points), or a width in % of the text width; one side keeps the image's proportions"));
        }
        return new ImageSize(width, height, share);
    }

    private BlockStyle NotesStyle() => _styles.Resolve("footnotes", _context.Theme.Base.TextOnly(), [], null);

    /// <summary>The notes, each its number beside its text, the numbers of all in one column.</summary>
    private List<Footnote> Footnotes(IReadOnlyList<FootnoteNode> notes)
    {
        var textStyle = NotesStyle() with { SpaceAfter = 0, SpaceBefore = 0 };
        var entries = new List<(int Number, IElement Marker, IElement Content)>();
        foreach (var note in notes)
        {
            var number = note.Number.ToString(CultureInfo.InvariantCulture);
            var noteTag = Tag(BlockRole.Note, note);
            var content = new Flow();
            Within(noteTag, () =>
            {
                var first = true;
                foreach (var child in note.Blocks)
                {
                    if (child is ParagraphNode p)
                    {
                        content.Add(Paragraph(p.Content, textStyle, Tag(BlockRole.Paragraph, p), first ? new HeadingAnchor(0, "", "fn-" + number) : null));
                        content.Space(2);
                        first = false;
                    }
                    else
                    {
                        AddBlock(content, child, textStyle, 1);
                    }
                }
            });
            // The number links back to the note's first mark in the text, as the mark links to the note.
            var marker = new TextBlock(new ParagraphText([new InlineSpan(number + ".", _styles.Text(textStyle) with { Link = "#fnref-" + number })], _context), TextAlign.Right,
                textStyle.LineHeight ?? 1.25f, noteTag);
            entries.Add((note.Number, marker, content.ToColumn()));
        }
        var indent = ListItem.IndentFor(entries.Select(e => e.Marker), 16);
        return entries.Select(e => new Footnote(e.Number, new ListItem(e.Marker, e.Content, indent))).ToList();
    }

    /// <summary>The notes together after the text, below a rule: the theme's <c>footnotes: { placement: end }</c>.</summary>
    private static void AddEndnotes(Flow flow, List<Footnote> notes, BlockStyle style)
    {
        flow.Space(style.SpaceBefore ?? 12);
        flow.Add(new HorizontalRule(style.RuleWidth ?? 0.5f, style.RuleColour ?? Rgba.Black));
        flow.Space(4);
        foreach (var note in notes)
        {
            flow.Add(note.Body);
            flow.Space(2);
        }
    }
}
