using Briefing.Document;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Markup;

/// <summary>Turns Markdig inlines into inline nodes: text, emphasis, strong, code, links, breaks, footnote references.</summary>
internal sealed class InlineTreeBuilder(TreeBuilder tree)
{
    // The last character written in the paragraph being built, which says whether a quote mark opens or closes.
    private char _last = ' ';

    public IReadOnlyList<InlineNode> Build(ContainerInline? inline, string? language)
    {
        _last = ' ';
        var nodes = new List<InlineNode>();
        if (inline is not null)
        {
            AddChildren(nodes, inline, language);
        }
        return nodes;
    }

    private void AddChildren(List<InlineNode> nodes, ContainerInline container, string? language)
    {
        foreach (var child in container)
        {
            Add(nodes, child, language);
        }
    }

    private List<InlineNode> Children(ContainerInline container, string? language)
    {
        var nodes = new List<InlineNode>();
        AddChildren(nodes, container, language);
        return nodes;
    }

    private void Add(List<InlineNode> nodes, Inline inline, string? inherited)
    {
        var language = TreeBuilder.Language(inline, inherited);
        NodeHead Head(string kind) => tree.Head(inline, StyleKey.Of(kind), language);
        switch (inline)
        {
            case LiteralInline literal:
                // Code spans keep their quotes, and so does a quote the author escaped. Text that joins template
                // words and a value is cut where the value starts and ends, so each piece leads to where it was
                // written (the quotes keep the text's length, so the cuts stay in place).
                var text = TypographicQuotes.Apply(literal.Content.ToString(), _last, language, literal.IsFirstCharacterEscaped);
                foreach (var (from, to) in tree.Pieces(literal, text.Length))
                {
                    nodes.Add(new TextNode(tree.Head(literal, StyleKey.Of("text"), language, from, to), text[from..to]));
                }
                _last = text.Length > 0 ? text[^1] : _last;
                break;
            case CodeInline code:
                nodes.Add(new CodeNode(Head("code"), code.Content));
                _last = code.Content.Length > 0 ? code.Content[^1] : _last;
                break;
            case LineBreakInline lineBreak:
                nodes.Add(new LineBreakNode(Head("break"), lineBreak.IsHard));
                _last = ' ';
                break;
            case HtmlEntityInline entity:
                nodes.Add(new TextNode(Head("text"), entity.Transcoded.ToString()));
                break;
            // Template authors write <br> for a line break inside table cells, where Markdown has none.
            case HtmlInline html when IsLineBreak(html.Tag):
                nodes.Add(new LineBreakNode(Head("break"), true));
                break;
            case HtmlInline:
                break;
            case AutolinkInline auto:
                var autoHead = Head("link");
                nodes.Add(new LinkNode(autoHead, auto.IsEmail ? "mailto:" + auto.Url : auto.Url,
                    [new TextNode(tree.Head(inline, StyleKey.Of("text"), language), auto.Url)]));
                break;
            case FootnoteLink { IsBackLink: false } note:
                nodes.Add(new FootnoteReferenceNode(Head("footnote-reference"), tree.NumberOf(note.Footnote)));
                break;
            case FootnoteLink:
                break;
            case LinkInline { IsImage: true } image:
                var alt = string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
                var attributes = image.TryGetAttributes();
                var size = attributes?.Properties;
                nodes.Add(new InlineImageNode(Head("image"), image.Url ?? "", alt,
                    size?.FirstOrDefault(p => p.Key == "width").Value, size?.FirstOrDefault(p => p.Key == "height").Value,
                    attributes?.Classes?.Contains("decorative") == true));
                break;
            case LinkInline link when IsPageReference(link):
                nodes.Add(new PageReferenceNode(Head("page-reference"), link.Url![1..]));
                _last = '0';
                break;
            case LinkInline link:
                var linkHead = Head("link");
                nodes.Add(new LinkNode(linkHead, link.GetDynamicUrl?.Invoke() ?? link.Url ?? "", Children(link, language)));
                break;
            case EmphasisInline emphasis when Emphasis(emphasis, language) is { } node:
                nodes.Add(node);
                break;
            case ContainerInline container:
                AddChildren(nodes, container, language);
                break;
        }
    }

    private InlineNode? Emphasis(EmphasisInline emphasis, string? language)
    {
        NodeHead Head(string kind) => tree.Head(emphasis, StyleKey.Of(kind), language);
        return (emphasis.DelimiterChar, emphasis.DelimiterCount) switch
        {
            ('*' or '_', >= 2) => new StrongNode(Head("strong"), Children(emphasis, language)),
            ('*' or '_', _) => new EmphasisNode(Head("emphasis"), Children(emphasis, language)),
            ('^', _) => new DecoratedNode(Head("superscript"), Decoration.Superscript, Children(emphasis, language)),
            ('~', >= 2) => new DecoratedNode(Head("strikethrough"), Decoration.Strikethrough, Children(emphasis, language)),
            ('~', 1) => new DecoratedNode(Head("subscript"), Decoration.Subscript, Children(emphasis, language)),
            ('+', _) => new DecoratedNode(Head("inserted"), Decoration.Inserted, Children(emphasis, language)),
            ('=', _) => new DecoratedNode(Head("marked"), Decoration.Marked, Children(emphasis, language)),
            _ => null,
        };
    }

    /// <summary>An empty link to a heading with the class <c>page</c>: <c>[](#target){.page}</c>. A link with text stays a link.</summary>
    private static bool IsPageReference(LinkInline link) =>
        link.Url is { Length: > 1 } url && url[0] == '#' && link.FirstChild is null
        && link.TryGetAttributes()?.Classes?.Contains("page") == true;

    private static bool IsLineBreak(string? tag) =>
        tag is not null && System.Text.RegularExpressions.Regex.IsMatch(tag, @"^<br\s*/?>$", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
}
