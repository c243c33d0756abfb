using System.Globalization;
using Briefing.Document;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Markup;

/// <summary>
/// Turns Markdig's syntax tree into the document tree: a pure function of the Markdown. No style is resolved and
/// no image read here; the nodes say what the template wrote and where.
/// </summary>
public sealed class TreeBuilder
{
    private readonly InlineTreeBuilder _inlines;
    private readonly SourceMap _map;
    private readonly List<int> _lineStarts;
    private readonly string? _markdown;
    private Dictionary<Footnote, int> _numbers = [];
    private int _nextId;

    private TreeBuilder(string? markdown, SourceMap map)
    {
        _inlines = new InlineTreeBuilder(this);
        _map = map;
        _markdown = markdown;
        _lineStarts = [0];
        for (var i = 0; markdown is not null && i < markdown.Length; i++)
        {
            if (markdown[i] == '\n') _lineStarts.Add(i + 1);
        }
    }

    /// <summary>Parses <paramref name="markdown"/> (with optional YAML front matter) into a tree.</summary>
    public static DocumentTree Build(string markdown) => Build(markdown, SourceMap.None);

    /// <summary>
    /// Parses <paramref name="markdown"/> into a tree whose spans also name the template line and fact-sheet value
    /// each node came from, as <paramref name="map"/> records them.
    /// </summary>
    public static DocumentTree Build(string markdown, SourceMap map) => new TreeBuilder(markdown, map).Tree(MarkdownSyntax.Parse(markdown));

    public static DocumentTree Build(MarkdownDocument document) => new TreeBuilder(null, SourceMap.None).Tree(document);

    private DocumentTree Tree(MarkdownDocument document)
    {
        var front = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        var frontText = front is null ? null : string.Join("\n", front.Lines.Lines.Take(front.Lines.Count).Select(l => l.ToString()));
        var language = FrontMatterLanguage.Read(frontText);
        _numbers = FootnoteNumbers.Of(document);
        var blocks = Blocks(document, language, 0, false);
        var footnotes = _numbers.OrderBy(n => n.Value).Select(n => Footnote(n.Key, n.Value, language)).ToList();
        return new DocumentTree(blocks, footnotes, frontText, front is null ? 0 : front.Line + 1, language)
        {
            FootnoteProblems = FootnoteLabels.Problems(document, _markdown, _numbers, InlineSpan),
            FrontMatterPlaces = front is null ? new Dictionary<string, Document.SourceSpan>() : FrontMatterPlaces(front),
        };
    }

    // Where each top-level key of the front matter has its value: a banner that cannot hold the classification is
    // named at the fact-sheet value the template printed there, else at the template line that wrote it.
    private Dictionary<string, Document.SourceSpan> FrontMatterPlaces(YamlFrontMatterBlock front)
    {
        var places = new Dictionary<string, Document.SourceSpan>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < front.Lines.Count; i++)
        {
            var line = front.Lines.Lines[i];
            var text = line.Slice.AsSpan();
            var colon = text.IndexOf(':');
            if (colon <= 0 || text[0] is ' ' or '\t' or '#' or '-')
            {
                continue;
            }

            var key = text[..colon].TrimEnd().ToString();
            var valueAt = colon + 1 + (text.Length - colon - 1 - text[(colon + 1)..].TrimStart().Length);
            var start = line.Slice.Start + valueAt;
            var span = new Document.SourceSpan(line.Line + 1, valueAt + 1, start, Math.Max(start, line.Slice.End + 1));
            places.TryAdd(key, ReferenceEquals(_map, SourceMap.None) ? span
                : span with { Template = _map.TemplateOf(span.Line, span.Line), Data = _map.DataIn(span.Start, span.End) });
        }

        return places;
    }

    /// <summary>The number a reader knows <paramref name="note"/> by (see <see cref="FootnoteNumbers"/>).</summary>
    internal int NumberOf(Footnote note) => _numbers.GetValueOrDefault(note);

    internal NodeHead Head(MarkdownObject at, StyleKey style, string? language) =>
        new(++_nextId, style, language, Span(at));

    /// <summary>The head of characters [<paramref name="from"/>, <paramref name="to"/>) of a literal, one of its <see cref="Pieces"/>.</summary>
    internal NodeHead Head(LiteralInline at, StyleKey style, string? language, int from, int to)
    {
        var whole = Span(at);
        if (from == 0 && to == whole.End - whole.Start) return new(++_nextId, style, language, whole);
        var piece = new Document.SourceSpan(whole.Line, whole.Column + from, whole.Start + from, whole.Start + to);
        return new(++_nextId, style, language, piece with { Template = whole.Template, Data = _map.DataIn(piece.Start, piece.End) });
    }

    /// <summary>
    /// A literal's text cut where printed values start and end: [from, to) ranges of its text. Only a literal that
    /// is its Markdown as written (no escape, no entity) is cut, its characters being those of the Markdown.
    /// </summary>
    internal IEnumerable<(int From, int To)> Pieces(LiteralInline literal, int length)
    {
        var start = literal.Span.Start;
        if (ReferenceEquals(_map, SourceMap.None) || literal.Span.Length != length || length == 0)
        {
            yield return (0, length);
            yield break;
        }

        var from = 0;
        for (var i = _map.FirstEndingAfter(start); i < _map.Values.Count; i++)
        {
            var value = _map.Values[i];
            if (value.Start >= start + length) break;
            foreach (var cut in new[] { value.Start - start, value.End - start })
            {
                if (cut > from && cut < length)
                {
                    yield return (from, cut);
                    from = cut;
                }
            }
        }

        yield return (from, length);
    }

    private Document.SourceSpan Span(MarkdownObject at)
    {
        var span = new Document.SourceSpan(at.Line + 1, at.Column + 1, at.Span.Start, at.Span.End + 1);
        if (ReferenceEquals(_map, SourceMap.None)) return span;
        var lastLine = LineOf(Math.Max(span.Start, span.End - 1));
        // An image's data is its address: what its warnings are about.
        var (start, end) = at is LinkInline { IsImage: true, UrlSpan: var url } && !url.IsEmpty ? (url.Start, url.End + 1) : (span.Start, span.End);
        return span with { Template = _map.TemplateOf(span.Line, lastLine), Data = _map.DataIn(start, end) };
    }

    /// <summary>The span of an inline from its offset: Markdig leaves the line and column of a literal unset.</summary>
    private Document.SourceSpan InlineSpan(MarkdownObject at)
    {
        if (at is not LiteralInline)
        {
            return Span(at);
        }
        var line = LineOf(at.Span.Start);
        var span = new Document.SourceSpan(line, at.Span.Start - _lineStarts[line - 1] + 1, at.Span.Start, at.Span.End + 1);
        return ReferenceEquals(_map, SourceMap.None) ? span : span with { Template = _map.TemplateOf(line, line) };
    }

    private int LineOf(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    private List<BlockNode> Blocks(ContainerBlock container, string? language, int listDepth, bool inContents)
    {
        var blocks = new List<BlockNode>();
        foreach (var block in container)
        {
            Add(blocks, block, language, listDepth, inContents);
        }
        return blocks;
    }

    private void Add(List<BlockNode> blocks, Block block, string? inherited, int listDepth, bool inContents)
    {
        var classes = Classes(block);
        var language = Language(block, inherited);
        if (classes.Contains("pagebreak") || block is CustomContainer { Info: "pagebreak" } || IsNewPage(block))
        {
            blocks.Add(new PageBreakNode(Head(block, StyleKey.Of("pagebreak"), language)));
            return;
        }
        switch (block)
        {
            // Front matter is a code block to Markdig; it is metadata, not content.
            case FootnoteGroup or LinkReferenceDefinitionGroup or HtmlBlock or YamlFrontMatterBlock:
                break;
            case HeadingBlock heading:
                var level = Math.Clamp(heading.Level, 1, 6);
                var head = Head(heading, new StyleKey($"heading{level}", classes), language);
                blocks.Add(new HeadingNode(head, level, heading.TryGetAttributes()?.Id, _inlines.Build(heading.Inline, language)));
                break;
            case ParagraphBlock paragraph when IsFigure(paragraph, out var image):
                blocks.Add(Figure(paragraph, image, classes, language));
                break;
            case ParagraphBlock paragraph:
                var kind = listDepth > 0 ? "list-item" : "paragraph";
                var paragraphHead = Head(paragraph, new StyleKey(kind, classes), language);
                blocks.Add(new ParagraphNode(paragraphHead, _inlines.Build(paragraph.Inline, language)));
                break;
            case ListBlock list when inContents || classes.Contains("toc"):
                var contentsHead = Head(list, new StyleKey("list", classes), language);
                blocks.Add(new ContentsNode(contentsHead, list.OfType<ListItemBlock>().Select(i => Entry(i, language, listDepth)).ToList()));
                break;
            case ListBlock list:
                blocks.Add(List(list, classes, language, listDepth, inContents));
                break;
            case Markdig.Extensions.Tables.Table table:
                blocks.Add(TableTreeBuilder.Build(this, _inlines, table, classes, language));
                break;
            case QuoteBlock quote:
                var quoteHead = Head(quote, new StyleKey("blockquote", classes), language);
                blocks.Add(new QuoteNode(quoteHead, Blocks(quote, language, listDepth, inContents || classes.Contains("toc"))));
                break;
            case CustomContainer custom:
                var names = ContainerNames(custom.Info, classes);
                var boxHead = Head(custom, new StyleKey("container", names), language);
                blocks.Add(new BoxNode(boxHead, Blocks(custom, language, listDepth, inContents || names.Contains("toc"))));
                break;
            case ThematicBreakBlock:
                blocks.Add(new RuleNode(Head(block, new StyleKey("rule", classes), language)));
                break;
            case CodeBlock code:
                var text = string.Join("\n", code.Lines.Lines.Take(code.Lines.Count).Select(l => l.ToString()));
                blocks.Add(new CodeBlockNode(Head(code, new StyleKey("code-block", classes), language), text));
                break;
            case ContainerBlock other:
                foreach (var child in other)
                {
                    Add(blocks, child, language, listDepth, inContents);
                }
                break;
        }
    }

    // A container's words and its classes, each once: a handful, so a list serves where a set would cost more.
    private static string[] ContainerNames(string? info, IReadOnlyList<string> classes)
    {
        var names = new List<string>();
        foreach (var name in (info ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Concat(classes))
        {
            if (!names.Contains(name))
            {
                names.Add(name);
            }
        }
        return [.. names];
    }

    private ListNode List(ListBlock list, IReadOnlyList<string> classes, string? language, int depth, bool inContents)
    {
        var head = Head(list, new StyleKey("list", classes), language);
        var start = int.TryParse(list.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var first) ? first : 1;
        var items = list.OfType<ListItemBlock>()
            .Select(item =>
            {
                var itemLanguage = Language(item, language);
                var itemHead = Head(item, new StyleKey("list-item", Classes(item)), itemLanguage);
                return new ListItemNode(itemHead, Blocks(item, itemLanguage, depth + 1, inContents));
            })
            .ToList();
        return new ListNode(head, list.IsOrdered, start, list.OrderedDelimiter == default ? '.' : list.OrderedDelimiter, list.IsLoose, items);
    }

    private ContentsEntryNode Entry(ListItemBlock item, string? language, int depth)
    {
        var head = Head(item, new StyleKey("list-item", Classes(item)), Language(item, language));
        var blocks = new List<BlockNode>();
        var nested = new List<ContentsEntryNode>();
        foreach (var child in item)
        {
            if (child is ListBlock list)
            {
                nested.AddRange(list.OfType<ListItemBlock>().Select(i => Entry(i, head.Language, depth + 1)));
            }
            else
            {
                Add(blocks, child, head.Language, depth + 1, true);
            }
        }
        var target = item.Descendants<LinkInline>().FirstOrDefault(l => l.Url?.StartsWith('#') == true)?.Url?[1..];
        return new ContentsEntryNode(head, target, depth, blocks, nested);
    }

    private FigureNode Figure(ParagraphBlock paragraph, LinkInline image, IReadOnlyList<string> classes, string? language)
    {
        var head = Head(paragraph, new StyleKey("figure", classes), language);
        head = head with { Span = head.Span with { Data = Span(image).Data } };
        var alt = string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
        var properties = image.TryGetAttributes()?.Properties;
        string? Property(string name) => properties?.FirstOrDefault(p => p.Key == name).Value;
        IReadOnlyList<InlineNode> caption = string.IsNullOrWhiteSpace(image.Title)
            ? []
            : [new TextNode(Head(image, StyleKey.Of("caption"), language), image.Title)];
        var decorative = classes.Contains("decorative") || Classes(image).Contains("decorative");
        return new FigureNode(head, image.Url ?? "", alt, caption, Property("width"), Property("height"), decorative);
    }

    private FootnoteNode Footnote(Footnote note, int number, string? language)
    {
        var head = Head(note, StyleKey.Of("footnotes"), language);
        var blocks = new List<BlockNode>();
        foreach (var child in note)
        {
            if (child is ParagraphBlock paragraph)
            {
                blocks.Add(new ParagraphNode(Head(paragraph, StyleKey.Of("footnotes"), language), _inlines.Build(paragraph.Inline, language)));
            }
            else
            {
                Add(blocks, child, language, 1, false);
            }
        }
        return new FootnoteNode(head, number, blocks);
    }

    /// <summary>A paragraph whose only content is <c>\newpage</c> ends the page.</summary>
    private static bool IsNewPage(Block block) =>
        block is ParagraphBlock { Inline: { } inline } && inline.FirstChild is LiteralInline literal && literal.NextSibling is null
        && literal.Content.ToString().Trim() == "\\newpage";

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

    private static IReadOnlyList<string> Classes(MarkdownObject block) =>
        block.TryGetAttributes()?.Classes?.ToArray() ?? [];

    /// <summary>A <c>{lang=..}</c> attribute sets the language of a block and what is inside it.</summary>
    internal static string? Language(MarkdownObject at, string? inherited) =>
        at.TryGetAttributes()?.Properties?.FirstOrDefault(p => p.Key == "lang").Value is { Length: > 0 } language ? language : inherited;
}
