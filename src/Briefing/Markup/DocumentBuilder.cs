using System.Globalization;
using Briefing.Layout;
using Briefing.Layout.Elements;
using Briefing.Layout.Inline;
using Briefing.Layout.Pages;
using Briefing.Text;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Markup;

/// <summary>Maps the Markdown syntax tree to layout elements, styled by the theme.</summary>
internal sealed class DocumentBuilder
{
    private readonly TypesetContext _context;
    private readonly StyleSheet _styles;
    private readonly InlineBuilder _inlines;
    private readonly LayoutOptions _options;
    private readonly IReadOnlyDictionary<string, int>? _pageOf;
    private bool _inContents;
    private int _blockId;
    private StructureTag? _parent;

    public DocumentBuilder(TypesetContext context, LayoutOptions options, IReadOnlyDictionary<string, int>? pageOf = null)
    {
        _pageOf = pageOf;
        _context = context;
        _options = options;
        _styles = new StyleSheet(context.Theme, context.SourcePath, context.Diagnostics);
        _inlines = new InlineBuilder(_styles);
    }

    public string? FirstHeading { get; private set; }

    /// <summary>True when a contents list (class <c>toc</c>) needs the pages of its targets.</summary>
    public bool UsesPageNumbers { get; private set; }

    /// <summary>A new block's tag, inside the block being built.</summary>
    internal StructureTag Tag(BlockRole role, int level = 0, string? alt = null, StructureTag? parent = null) =>
        new(role, level, alt, ++_blockId, parent ?? _parent);

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

    public IElement Build(MarkdownDocument document)
    {
        var flow = new Flow();
        AddBlocks(flow, document, _context.Theme.Base, 0);
        if (document.Descendants<FootnoteGroup>().FirstOrDefault() is { } notes)
        {
            AddFootnotes(flow, notes);
        }
        return flow.ToColumn();
    }

    private void AddBlocks(Flow flow, ContainerBlock container, BlockStyle inherited, int listDepth)
    {
        foreach (var block in container)
        {
            AddBlock(flow, block, inherited, listDepth);
        }
    }

    private void AddBlock(Flow flow, Block block, BlockStyle inherited, int listDepth)
    {
        _context.At = (block.Line + 1, block.Column + 1);
        var classes = StyleSheet.Classes(block);
        if (classes.Contains("pagebreak") || (block is CustomContainer { Info: "pagebreak" }) || IsNewPage(block))
        {
            flow.Add(new PageBreak());
            return;
        }
        switch (block)
        {
            // Front matter is a code block to Markdig; it is metadata, not content.
            case FootnoteGroup or LinkReferenceDefinitionGroup or HtmlBlock or Markdig.Extensions.Yaml.YamlFrontMatterBlock:
                break;
            case HeadingBlock heading:
                AddHeading(flow, heading, inherited, classes);
                break;
            case ParagraphBlock paragraph when IsFigure(paragraph, out var image):
                AddFigure(flow, paragraph, image, inherited, classes);
                break;
            case ParagraphBlock paragraph:
                var style = _styles.Resolve(listDepth > 0 ? "list-item" : "paragraph", inherited, classes, block);
                Place(flow, Paragraph(paragraph.Inline, style, Tag(BlockRole.Paragraph)), style, classes);
                break;
            case ListBlock list:
                AddList(flow, list, inherited, listDepth, classes);
                break;
            case Markdig.Extensions.Tables.Table table:
                var (element, spaceAfter) = new TableBuilder(_context, _styles, this).Build(flow, table, inherited, classes, Tag(BlockRole.Table));
                flow.Add(element);
                flow.Space(spaceAfter);
                break;
            case QuoteBlock quote:
                AddContainer(flow, quote, "blockquote", inherited, classes, listDepth, keepByDefault: false, Tag(BlockRole.BlockQuote));
                break;
            case CustomContainer custom:
                var names = (custom.Info ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Concat(classes).Distinct().ToArray();
                AddContainer(flow, custom, "container", inherited, names, listDepth, keepByDefault: true, Tag(BlockRole.Note));
                break;
            case ThematicBreakBlock:
                var rule = _styles.Resolve("rule", BlockStyle.Empty, classes, block);
                flow.Space(rule.SpaceBefore ?? 6);
                flow.Add(new HorizontalRule(rule.RuleWidth ?? 0.75f, rule.RuleColour ?? rule.Colour ?? Rgba.Black));
                flow.Space(rule.SpaceAfter ?? 6);
                break;
            case CodeBlock code:
                AddCode(flow, code, inherited, classes);
                break;
            case ContainerBlock other:
                AddBlocks(flow, other, inherited, listDepth);
                break;
        }
    }

    /// <summary>A paragraph whose only content is <c>\newpage</c> ends the page.</summary>
    private static bool IsNewPage(Block block) =>
        block is ParagraphBlock { Inline: { } inline } && inline.FirstChild is LiteralInline literal && literal.NextSibling is null
        && literal.Content.ToString().Trim() == "\\newpage";

    internal TextBlock Paragraph(ContainerInline? inline, BlockStyle style, StructureTag tag, HeadingAnchor? anchor = null) =>
        new(new ParagraphText(_inlines.Spans(inline, _styles.Text(style)), _context), style.Align ?? TextAlign.Start, style.LineHeight ?? 1.35f, tag, anchor);

    /// <summary>Adds spacing around a block and, when its style asks, a box and keep-together.</summary>
    internal void Place(Flow flow, IElement element, BlockStyle style, IReadOnlyList<string> classes, bool keepByDefault = false, bool keepWithNext = false)
    {
        flow.Space(style.SpaceBefore ?? 0);
        var boxed = style.Background is not null || style.Border is not null || style.BorderLeft is not null || style.BorderBottom is not null || style.Padding is > 0;
        if (boxed)
        {
            element = new Box(element, style.Padding ?? 0, style.Background, style.Border, style.BorderLeft, style.BorderBottom);
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

    private void AddHeading(Flow flow, HeadingBlock heading, BlockStyle inherited, IReadOnlyList<string> classes)
    {
        var level = Math.Clamp(heading.Level, 1, 6);
        var style = _styles.Resolve($"heading{level}", inherited.TextOnly() with { Align = null }, classes, heading);
        var text = string.Concat(_inlines.Spans(heading.Inline, _styles.Text(style)).Select(s => s.Text)).Replace('\n', ' ').Trim();
        FirstHeading ??= text;
        var id = heading.TryGetAttributes()?.Id ?? $"heading-{_blockId + 1}";
        var tag = Tag(BlockRole.Heading, level);
        Place(flow, Paragraph(heading.Inline, style with { Align = style.Align ?? TextAlign.Start }, tag, new HeadingAnchor(level, text, id)), style, classes, keepWithNext: true);
    }

    private void AddContainer(Flow flow, ContainerBlock container, string kind, BlockStyle inherited, IReadOnlyList<string> classes, int listDepth, bool keepByDefault, StructureTag tag)
    {
        var style = _styles.Resolve(kind, inherited, classes, container);
        var inner = new Flow();
        var outerContents = _inContents;
        _inContents |= classes.Contains("toc");
        Within(tag, () => AddBlocks(inner, container, style.TextOnly().Over(inherited.TextOnly()).Over(_context.Theme.Base), listDepth));
        _inContents = outerContents;
        if (inner.IsEmpty)
        {
            return;
        }
        Place(flow, inner.ToColumn(), style, classes, keepByDefault);
    }

    private void AddList(Flow flow, ListBlock list, BlockStyle inherited, int depth, IReadOnlyList<string> classes)
    {
        var style = _styles.Resolve("list", inherited, classes, list);
        var itemStyle = _styles.Resolve("list-item", inherited.TextOnly(), [], null);
        var indent = style.Indent ?? 16;
        var items = new Flow();
        var listTag = Tag(BlockRole.List);
        var number = int.TryParse(list.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1;
        var contents = _inContents || classes.Contains("toc");
        foreach (var item in list.OfType<ListItemBlock>())
        {
            if (contents)
            {
                foreach (var entry in ContentsEntries(item, inherited, itemStyle, depth, listTag))
                {
                    items.Add(entry);
                    items.Space(itemStyle.SpaceAfter ?? 2);
                }
                continue;
            }
            var marker = list.IsOrdered
                ? $"{number++}{list.OrderedDelimiter}"
                : depth switch { 0 => style.Bullet ?? "•", 1 => "–", _ => "◦" };
            var content = new Flow();
            var itemTag = Tag(BlockRole.ListItem, parent: listTag);
            Within(itemTag, () => AddBlocks(content, item, inherited.TextOnly(), depth + 1));
            var rightToLeft = BidiClass.FirstStrong(PlainText(item)) == TextDirection.RightToLeft;
            var markerBlock = new TextBlock(new ParagraphText([new InlineSpan(marker, _styles.Text(itemStyle))], _context),
                rightToLeft ? TextAlign.Left : TextAlign.Right, itemStyle.LineHeight ?? 1.35f, itemTag);
            items.Add(new ListItem(markerBlock, content.ToColumn(), indent, rightToLeft));
            items.Space(list.IsLoose ? (itemStyle.SpaceAfter ?? 2) * 2 : itemStyle.SpaceAfter ?? 2);
        }
        flow.Space(depth > 0 ? 2 : style.SpaceBefore ?? 0);
        flow.Add(items.ToColumn());
        flow.Space(depth > 0 ? 2 : style.SpaceAfter ?? 6);
    }

    /// <summary>
    /// Contents entries for a list item and its nested items: the item's text, and the page of the heading its
    /// link points to at the right margin.
    /// </summary>
    private IEnumerable<IElement> ContentsEntries(ListItemBlock item, BlockStyle inherited, BlockStyle itemStyle, int depth, StructureTag listTag)
    {
        UsesPageNumbers = true;
        var content = new Flow();
        var nested = new List<ListBlock>();
        var itemTag = Tag(BlockRole.ListItem, parent: listTag);
        Within(itemTag, () =>
        {
            foreach (var child in item)
            {
                if (child is ListBlock list)
                {
                    nested.Add(list);
                }
                else
                {
                    AddBlock(content, child, inherited.TextOnly(), depth + 1);
                }
            }
        });
        var target = item.Descendants<LinkInline>().FirstOrDefault(l => l.Url?.StartsWith('#') == true)?.Url?[1..];
        var page = target is not null && _pageOf is not null && _pageOf.TryGetValue(target, out var p) ? (p + 1).ToString(CultureInfo.InvariantCulture) : "";
        var style = _styles.Text(itemStyle);
        var number = new TextBlock(new ParagraphText([new InlineSpan(page, style)], _context), TextAlign.Right, itemStyle.LineHeight ?? 1.35f, itemTag);
        yield return new ContentsLine(content.ToColumn(), number, style.Size * 3, depth * 12, style.Colour);
        foreach (var list in nested)
        {
            var nestedTag = Tag(BlockRole.List, parent: itemTag);
            foreach (var child in list.OfType<ListItemBlock>())
            {
                foreach (var entry in ContentsEntries(child, inherited, itemStyle, depth + 1, nestedTag))
                {
                    yield return entry;
                }
            }
        }
    }

    private static string PlainText(ContainerBlock block) =>
        string.Concat(block.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    private void AddCode(Flow flow, CodeBlock code, BlockStyle inherited, IReadOnlyList<string> classes)
    {
        var style = _styles.Resolve("code-block", inherited.TextOnly(), classes, code);
        var text = string.Join("\n", code.Lines.Lines.Take(code.Lines.Count).Select(l => l.ToString()));
        var span = new InlineSpan(text, _styles.Text(style));
        var block = new TextBlock(new ParagraphText([span], _context), TextAlign.Left, style.LineHeight ?? 1.3f, Tag(BlockRole.Code));
        Place(flow, block, style, classes);
    }

    private static bool IsFigure(ParagraphBlock paragraph, out LinkInline image)
    {
        image = null!;
        var children = paragraph.Inline?.Where(i => !(i is LiteralInline l && l.Content.IsEmptyOrWhitespace())).ToList();
        if (children is [LinkInline { IsImage: true } only])
        {
            image = only;
            return true;
        }
        return false;
    }

    private void AddFigure(Flow flow, ParagraphBlock paragraph, LinkInline image, BlockStyle inherited, IReadOnlyList<string> classes)
    {
        var style = _styles.Resolve("figure", inherited.TextOnly(), classes, paragraph);
        var alt = string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
        var data = ImageSource.Load(image.Url ?? "", _options.BaseDirectory, _context.SourcePath, paragraph.Line + 1, paragraph.Column + 1, _context.Diagnostics);
        if (data is null)
        {
            var fallback = _styles.Resolve("caption", inherited.TextOnly(), [], null);
            Place(flow, new TextBlock(new ParagraphText([new InlineSpan($"[{alt}]", _styles.Text(fallback))], _context), TextAlign.Center, 1.3f,
                Tag(BlockRole.Figure, 0, alt)), fallback, classes);
            return;
        }
        var tag = Tag(BlockRole.Figure, 0, alt);
        var figure = new Flow();
        figure.Add(new ImageBlock(data, tag, _context.BodyHeight * 0.9f));
        if (!string.IsNullOrWhiteSpace(image.Title))
        {
            var caption = _styles.Resolve("caption", inherited.TextOnly(), [], null);
            figure.Space(4);
            figure.Add(new TextBlock(new ParagraphText([new InlineSpan(image.Title, _styles.Text(caption))], _context), caption.Align ?? TextAlign.Center,
                caption.LineHeight ?? 1.3f, tag));
        }
        Place(flow, figure.ToColumn(), style, classes, keepByDefault: true);
    }

    private void AddFootnotes(Flow flow, FootnoteGroup notes)
    {
        var style = _styles.Resolve("footnotes", _context.Theme.Base.TextOnly(), [], null);
        flow.Space(style.SpaceBefore ?? 12);
        flow.Add(new HorizontalRule(style.RuleWidth ?? 0.5f, style.RuleColour ?? Rgba.Black));
        flow.Space(4);
        var textStyle = style with { SpaceAfter = 0, SpaceBefore = 0 };
        foreach (var note in notes.OfType<Footnote>().OrderBy(n => n.Order))
        {
            var number = note.Order.ToString(CultureInfo.InvariantCulture);
            var noteTag = Tag(BlockRole.Note);
            var content = new Flow();
            Within(noteTag, () =>
            {
                var first = true;
                foreach (var child in note)
                {
                    if (child is ParagraphBlock p)
                    {
                        content.Add(Paragraph(p.Inline, textStyle, Tag(BlockRole.Paragraph), first ? new HeadingAnchor(0, "", "fn-" + number) : null));
                        content.Space(2);
                        first = false;
                    }
                    else
                    {
                        AddBlock(content, child, textStyle, 1);
                    }
                }
            });
            var marker = new TextBlock(new ParagraphText([new InlineSpan(number + ".", _styles.Text(textStyle))], _context), TextAlign.Right,
                textStyle.LineHeight ?? 1.25f, noteTag);
            flow.Add(new ListItem(marker, content.ToColumn(), 16));
            flow.Space(2);
        }
    }
}
