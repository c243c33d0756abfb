using System.Globalization;
using System.Text;

namespace Briefing.Document;

/// <summary>
/// The tree as readable text, one node a line, indented by depth: kind, id, what the node says of itself, style key,
/// language (where it differs from its parent's), Markdown line:column, the template line that wrote it (file named
/// relative to the templates folder) and the fact-sheet value it shows (key and line:column). Used for snapshots and debugging.
/// </summary>
public static class TreeText
{
    public static string Write(DocumentTree tree, string? templatesFolder = null)
    {
        var text = new StringBuilder();
        text.Append("document lang=").Append(tree.Language ?? "-").Append('\n');
        foreach (var block in tree.Blocks)
        {
            Write(text, block, 1, tree.Language, templatesFolder);
        }
        foreach (var note in tree.Footnotes)
        {
            Write(text, note, 1, tree.Language, templatesFolder);
        }
        return text.ToString();
    }

    private static void Write(StringBuilder text, Node node, int depth, string? parentLanguage, string? templatesFolder)
    {
        text.Append(' ', depth * 2).Append(Kind(node)).Append(" #").Append(node.Id.ToString(CultureInfo.InvariantCulture));
        foreach (var detail in Details(node))
        {
            text.Append(' ').Append(detail);
        }
        if (node.Style.Kind != Kind(node) || node.Style.Classes.Count > 0)
        {
            text.Append(" style=").Append(node.Style);
        }
        if (node.Language != parentLanguage)
        {
            text.Append(" lang=").Append(node.Language ?? "-");
        }
        text.Append(" @").Append(node.Span);
        if (node.Span.Template is { } template)
        {
            var file = templatesFolder is null ? template.File : Path.GetRelativePath(templatesFolder, template.File).Replace('\\', '/');
            text.Append(" < ").Append(file).Append(':').Append(template.Line.ToString(CultureInfo.InvariantCulture));
        }
        if (node.Span.Data is { } data)
        {
            text.Append(" data=").Append(data.Key).Append('@').Append(data.Line.ToString(CultureInfo.InvariantCulture))
                .Append(':').Append(data.Column.ToString(CultureInfo.InvariantCulture));
        }
        text.Append('\n');
        foreach (var child in NodeWalk.Children(node))
        {
            Write(text, child, depth + 1, node.Language, templatesFolder);
        }
    }

    private static string Kind(Node node) => node switch
    {
        HeadingNode => "heading",
        ParagraphNode => "paragraph",
        ListNode => "list",
        ListItemNode => "list-item",
        TableNode => "table",
        TableRowNode => "row",
        TableCellNode => "cell",
        QuoteNode => "blockquote",
        BoxNode => "container",
        FigureNode => "figure",
        FootnoteNode => "footnote",
        PageBreakNode => "pagebreak",
        RuleNode => "rule",
        CodeBlockNode => "code-block",
        ContentsNode => "contents",
        ContentsEntryNode => "contents-entry",
        TextNode => "text",
        EmphasisNode => "emphasis",
        StrongNode => "strong",
        DecoratedNode d => d.Decoration.ToString().ToLowerInvariant(),
        CodeNode => "code",
        LinkNode => "link",
        FootnoteReferenceNode => "footnote-reference",
        PageReferenceNode => "page-reference",
        LineBreakNode b => b.IsHard ? "break" : "soft-break",
        InlineImageNode => "image",
        _ => node.GetType().Name,
    };

    private static IEnumerable<string> Details(Node node) => node switch
    {
        HeadingNode h => [$"level={h.Level}", $"anchor={h.Anchor ?? "-"}"],
        ListNode l => l.Ordered ? [$"ordered start={l.Start}{l.Delimiter}", l.Loose ? "loose" : "tight"] : [l.Loose ? "loose" : "tight"],
        TableNode t => [$"columns={string.Join(",", t.Columns.Select(c => c.ToString().ToLowerInvariant()))}", $"header-rows={t.HeaderRows}"],
        TableRowNode r => r.IsHeader ? ["header"] : [],
        TableCellNode c => c.ColumnSpan > 1 ? [$"column={c.Column}", $"span={c.ColumnSpan}"] : [$"column={c.Column}"],
        FigureNode { Decorative: true } f => [Quote(f.Url), "decorative", $"width={f.Width ?? "-"}", $"height={f.Height ?? "-"}"],
        FigureNode f => [Quote(f.Url), $"alt={Quote(f.AltText)}", $"width={f.Width ?? "-"}", $"height={f.Height ?? "-"}"],
        FootnoteNode n => [$"number={n.Number}"],
        ContentsEntryNode e => [$"target={e.Target ?? "-"}", $"depth={e.Depth}"],
        CodeBlockNode c => [Quote(c.Text)],
        TextNode t => [Quote(t.Text)],
        CodeNode c => [Quote(c.Text)],
        LinkNode l => [Quote(l.Url)],
        FootnoteReferenceNode r => [$"number={r.Number}"],
        PageReferenceNode r => [$"target={r.Target}"],
        InlineImageNode i => [Quote(i.Url), $"alt={Quote(i.AltText)}"],
        _ => [],
    };

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";
}
