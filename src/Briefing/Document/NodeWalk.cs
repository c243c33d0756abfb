namespace Briefing.Document;

/// <summary>The children of a node, whatever its kind.</summary>
public static class NodeWalk
{
    /// <summary>The children of a node as one list, read by index: a walk then needs no enumerator per node.</summary>
    public static IReadOnlyList<Node> Children(Node node) => node switch
    {
        HeadingNode n => n.Content,
        ParagraphNode n => n.Content,
        ListNode n => n.Items,
        ListItemNode n => n.Blocks,
        TableNode n => n.Rows,
        TableRowNode n => n.Cells,
        TableCellNode n => n.Content,
        QuoteNode n => n.Blocks,
        BoxNode n => n.Blocks,
        FootnoteNode n => n.Blocks,
        ContentsNode n => n.Entries,
        ContentsEntryNode n => [.. n.Blocks, .. n.Entries],
        FigureNode n => n.Caption,
        EmphasisNode n => n.Content,
        StrongNode n => n.Content,
        DecoratedNode n => n.Content,
        LinkNode n => n.Content,
        _ => [],
    };

    /// <summary>The node and all below it, depth first.</summary>
    public static IEnumerable<Node> Self(Node node) => Walk([node]);

    /// <summary>Each of <paramref name="roots"/> and all below it, depth first in order.</summary>
    public static IEnumerable<Node> Walk(IReadOnlyList<Node> roots)
    {
        // One stack of (list, next index) for the whole walk: an enumerator per node, or iterators nested per level,
        // would cost every node an allocation or a step per level above it, and every document walks its tree.
        var open = new Stack<(IReadOnlyList<Node> Nodes, int Next)>();
        open.Push((roots, 0));
        while (open.TryPop(out var level))
        {
            if (level.Next >= level.Nodes.Count)
            {
                continue;
            }
            var node = level.Nodes[level.Next];
            open.Push((level.Nodes, level.Next + 1));
            yield return node;
            var children = Children(node);
            if (children.Count > 0)
            {
                open.Push((children, 0));
            }
        }
    }

    /// <summary>The plain text of a node's inlines: line breaks as spaces, footnote references left out.</summary>
    public static string PlainText(Node node) => node switch
    {
        TextNode t => t.Text,
        CodeNode c => c.Text,
        LineBreakNode => " ",
        InlineImageNode i => i.AltText,
        FootnoteReferenceNode => "",
        PageReferenceNode => "",
        CodeBlockNode c => c.Text,
        _ => string.Concat(Children(node).Select(PlainText)),
    };
}
