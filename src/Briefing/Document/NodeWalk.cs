namespace Briefing.Document;

/// <summary>The children of a node, whatever its kind.</summary>
public static class NodeWalk
{
    public static IEnumerable<Node> Children(Node node) => node switch
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
        ContentsEntryNode n => n.Blocks.Concat<Node>(n.Entries),
        FigureNode n => n.Caption,
        EmphasisNode n => n.Content,
        StrongNode n => n.Content,
        DecoratedNode n => n.Content,
        LinkNode n => n.Content,
        _ => [],
    };

    /// <summary>The node and all below it, depth first.</summary>
    public static IEnumerable<Node> Self(Node node)
    {
        // One enumerator per open level on a stack: iterators nested per level would cost every node a step per
        // level above it, and a long document walks its tree several times.
        yield return node;
        var open = new Stack<IEnumerator<Node>>();
        open.Push(Children(node).GetEnumerator());
        while (open.TryPeek(out var level))
        {
            if (!level.MoveNext())
            {
                level.Dispose();
                open.Pop();
                continue;
            }
            yield return level.Current;
            open.Push(Children(level.Current).GetEnumerator());
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
