using System.Globalization;
using Briefing.Layout;
using Briefing.Layout.Elements;
using Briefing.Layout.Inline;
using Briefing.Layout.Pages;
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
    private int _blockId;

    public DocumentBuilder(TypesetContext context, LayoutOptions options)
    {
        _context = context;
        _options = options;
        _styles = new StyleSheet(context.Theme, context.SourcePath, context.Diagnostics);
        _inlines = new InlineBuilder(_styles);
    }

    public string? FirstHeading { get; private set; }

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
                Place(flow, Paragraph(paragraph.Inline, style, new StructureTag(BlockRole.Paragraph, 0, null, ++_blockId)), style, classes);
                break;
            case ListBlock list:
                AddList(flow, list, inherited, listDepth, classes);
                break;
            case Markdig.Extensions.Tables.Table table:
                var (element, spaceAfter) = new TableBuilder(_context, _styles, this).Build(flow, table, inherited, classes, ++_blockId);
                flow.Add(element);
                flow.Space(spaceAfter);
                break;
            case QuoteBlock quote:
                AddContainer(flow, quote, "blockquote", inherited, classes, BlockRole.BlockQuote, listDepth, keepByDefault: false);
                break;
            case CustomContainer custom:
                var names = (custom.Info ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Concat(classes).Distinct().ToArray();
                AddContainer(flow, custom, "container", inherited, names, BlockRole.Note, listDepth, keepByDefault: true);
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
            element = new Box(element, style.Padding ?? 0, style.Background, style.Border, style.BorderLeft, style.BorderBottom, StructureTag.Artifact);
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
        var tag = new StructureTag(BlockRole.Heading, level, null, ++_blockId);
        Place(flow, Paragraph(heading.Inline, style with { Align = style.Align ?? TextAlign.Start }, tag, new HeadingAnchor(level, text, id)), style, classes, keepWithNext: true);
    }

    private void AddContainer(Flow flow, ContainerBlock container, string kind, BlockStyle inherited, IReadOnlyList<string> classes, BlockRole role, int listDepth, bool keepByDefault)
    {
        var style = _styles.Resolve(kind, inherited, classes, container);
        var inner = new Flow();
        AddBlocks(inner, container, style.TextOnly().Over(inherited.TextOnly()).Over(_context.Theme.Base), listDepth);
        if (inner.IsEmpty)
        {
            return;
        }
        _ = role;
        Place(flow, inner.ToColumn(), style, classes, keepByDefault);
    }

    private void AddList(Flow flow, ListBlock list, BlockStyle inherited, int depth, IReadOnlyList<string> classes)
    {
        var style = _styles.Resolve("list", inherited, classes, list);
        var itemStyle = _styles.Resolve("list-item", inherited.TextOnly(), [], null);
        var indent = style.Indent ?? 16;
        var items = new Flow();
        var number = int.TryParse(list.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var marker = list.IsOrdered
                ? $"{number++}{list.OrderedDelimiter}"
                : depth switch { 0 => style.Bullet ?? "•", 1 => "–", _ => "◦" };
            var content = new Flow();
            AddBlocks(content, item, inherited.TextOnly(), depth + 1);
            var markerStyle = itemStyle with { Align = TextAlign.Right };
            var markerBlock = new TextBlock(new ParagraphText([new InlineSpan(marker, _styles.Text(markerStyle))], _context),
                TextAlign.Right, itemStyle.LineHeight ?? 1.35f, new StructureTag(BlockRole.ListItem, 0, null, ++_blockId));
            items.Add(new ListItem(markerBlock, content.ToColumn(), indent));
            items.Space(list.IsLoose ? (itemStyle.SpaceAfter ?? 2) * 2 : itemStyle.SpaceAfter ?? 2);
        }
        flow.Space(depth > 0 ? 2 : style.SpaceBefore ?? 0);
        flow.Add(items.ToColumn());
        flow.Space(depth > 0 ? 2 : style.SpaceAfter ?? 6);
    }

    private void AddCode(Flow flow, CodeBlock code, BlockStyle inherited, IReadOnlyList<string> classes)
    {
        var style = _styles.Resolve("code-block", inherited.TextOnly(), classes, code);
        var text = string.Join("\n", code.Lines.Lines.Take(code.Lines.Count).Select(l => l.ToString()));
        var span = new InlineSpan(text, _styles.Text(style));
        var block = new TextBlock(new ParagraphText([span], _context), TextAlign.Left, style.LineHeight ?? 1.3f, new StructureTag(BlockRole.Code, 0, null, ++_blockId));
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
                new StructureTag(BlockRole.Figure, 0, alt, ++_blockId)), fallback, classes);
            return;
        }
        var tag = new StructureTag(BlockRole.Figure, 0, alt, ++_blockId);
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
            var content = new Flow();
            var first = true;
            foreach (var child in note)
            {
                if (child is ParagraphBlock p)
                {
                    var tag = new StructureTag(BlockRole.Note, 0, null, ++_blockId);
                    content.Add(Paragraph(p.Inline, textStyle, tag, first ? new HeadingAnchor(0, "", "fn-" + number) : null));
                    content.Space(2);
                    first = false;
                }
                else
                {
                    AddBlock(content, child, textStyle, 1);
                }
            }
            var marker = new TextBlock(new ParagraphText([new InlineSpan(number + ".", _styles.Text(textStyle))], _context), TextAlign.Right,
                textStyle.LineHeight ?? 1.25f, new StructureTag(BlockRole.Note, 0, null, _blockId));
            flow.Add(new ListItem(marker, content.ToColumn(), 16));
            flow.Space(2);
        }
    }
}
