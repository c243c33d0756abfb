using Briefing.Document;
using Briefing.Markup;

namespace Briefing.Tests.Markup;

public sealed class TreeBuilderTests
{
    private static T Single<T>(DocumentTree tree) where T : Node => tree.Descendants().OfType<T>().Single();

    [Fact]
    public void Blocks_become_nodes_of_their_kind_with_their_style_keys()
    {
        var tree = TreeBuilder.Build("# Title {.memo-title}\n\nText.\n\n- item\n\n| H |\n|--:|\n| c |\n\n> quoted\n\n::: note\nIn a box.\n:::\n\n---\n\n```\ncode\n```\n");
        Assert.Collection(tree.Blocks,
            b => Assert.Equal((1, "heading1.memo-title"), (((HeadingNode)b).Level, b.Style.ToString())),
            b => Assert.IsType<ParagraphNode>(b),
            b => Assert.Equal("list-item", Assert.IsType<ParagraphNode>(Assert.Single(Assert.Single(Assert.IsType<ListNode>(b).Items).Blocks)).Style.Kind),
            b => Assert.Equal([ColumnAlign.Right], Assert.IsType<TableNode>(b).Columns),
            b => Assert.IsType<QuoteNode>(b),
            b => Assert.Equal("container.note", Assert.IsType<BoxNode>(b).Style.ToString()),
            b => Assert.IsType<RuleNode>(b),
            b => Assert.Equal("code", Assert.IsType<CodeBlockNode>(b).Text));
    }

    [Fact]
    public void Ids_are_unique_and_in_document_order()
    {
        var tree = TreeBuilder.Build("# A\n\nSome *text* here[^1].\n\n- one\n- two\n\n[^1]: A note.\n");
        var ids = tree.Descendants().Select(n => n.Id).ToList();
        Assert.Equal(Enumerable.Range(1, ids.Count), ids);
    }

    [Fact]
    public void Every_node_has_the_markdown_line_and_column_it_was_written_at()
    {
        var tree = TreeBuilder.Build("Intro.\n\n## Second *part*\n\n| A | B |\n|---|---|\n| x | **y** |\n");
        var heading = Single<HeadingNode>(tree);
        Assert.Equal((3, 1), (heading.Span.Line, heading.Span.Column));
        Assert.Equal((3, 11), (Single<EmphasisNode>(tree).Span.Line, Single<EmphasisNode>(tree).Span.Column));
        var strong = Single<StrongNode>(tree);
        Assert.Equal((7, 7), (strong.Span.Line, strong.Span.Column));
        Assert.All(tree.Descendants(), n => Assert.True(n.Span.Line > 0, $"{n.GetType().Name} #{n.Id} has no line"));
    }

    [Fact]
    public void Inlines_keep_emphasis_strong_code_links_breaks_and_footnote_references()
    {
        var tree = TreeBuilder.Build("a *b* **c** `d` [e](https://example.org) f\\\ng ~~h~~ x^2^[^n]\n\n[^n]: Note.\n");
        var paragraph = Assert.IsType<ParagraphNode>(Assert.Single(tree.Blocks));
        var kinds = paragraph.Content.Select(n => n.GetType().Name).Distinct().ToList();
        Assert.Equal(["TextNode", "EmphasisNode", "StrongNode", "CodeNode", "LinkNode", "LineBreakNode", "DecoratedNode", "FootnoteReferenceNode"], kinds);
        Assert.Equal("https://example.org", Single<LinkNode>(tree).Url);
        Assert.True(paragraph.Content.OfType<LineBreakNode>().Single().IsHard);
        var note = Assert.Single(tree.Footnotes);
        Assert.Equal(1, note.Number);
        Assert.Equal("Note.", NodeWalk.PlainText(note));
    }

    [Theory]
    // A note cited in a note comes right after it, before the next note of the text, and so on down.
    [InlineData("A.[^a] B.[^b]\n\n[^a]: Note a cites c.[^c]\n\n[^b]: Note b.\n\n[^c]: Note c cites d.[^d]\n\n[^d]: Note d.", "a c d b", "1 4")]
    // A note the text cites before any note cites it keeps its place in the text.
    [InlineData("A.[^a] B.[^b]\n\n[^a]: Note a cites b.[^b]\n\n[^b]: Note b.", "a b", "1 2")]
    // Notes citing each other are numbered once each.
    [InlineData("A.[^a]\n\n[^a]: Note a cites b.[^b]\n\n[^b]: Note b cites a.[^a]", "a b", "1")]
    // A note cited only by a note nobody cites is never cited either: it has no number.
    [InlineData("A.[^a]\n\n[^a]: Note a.\n\n[^x]: Note x cites y.[^y]\n\n[^y]: Note y.", "a", "1")]
    public void Notes_are_numbered_in_the_order_a_reader_meets_them(string markdown, string notes, string marksInText)
    {
        var tree = TreeBuilder.Build(markdown);
        Assert.Equal(Enumerable.Range(1, tree.Footnotes.Count), tree.Footnotes.Select(n => n.Number));
        Assert.Equal(notes, string.Join(" ", tree.Footnotes.Select(n => NodeWalk.PlainText(n).Trim()["Note ".Length..][..1])));
        var text = tree.Blocks.SelectMany(NodeWalk.Self).OfType<FootnoteReferenceNode>().Select(r => r.Number);
        Assert.Equal(marksInText, string.Join(" ", text));
        // Every mark inside a note cites a note the tree holds.
        var inNotes = tree.Footnotes.SelectMany(NodeWalk.Self).OfType<FootnoteReferenceNode>().Select(r => r.Number);
        Assert.All(inNotes, n => Assert.Contains(n, tree.Footnotes.Select(f => f.Number)));
    }

    [Fact]
    public void Lists_keep_their_start_number_and_tables_their_header_rows()
    {
        var tree = TreeBuilder.Build("3) three\n4) four\n\n| H1 | H2 |\n|:---|:--:|\n| a | b |\n| c | d |\n");
        var list = Single<ListNode>(tree);
        Assert.Equal((true, 3, ')'), (list.Ordered, list.Start, list.Delimiter));
        var table = Single<TableNode>(tree);
        Assert.Equal(1, table.HeaderRows);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal([ColumnAlign.Left, ColumnAlign.Center], table.Columns);
        Assert.Equal([0, 1], table.Rows[2].Cells.Select(c => c.Column));
    }

    [Fact]
    public void A_figure_keeps_its_image_alt_text_caption_and_size_without_reading_the_image()
    {
        var tree = TreeBuilder.Build("![The venue](no-such-file.png \"Diriyah Palace\"){width=50%}\n");
        var figure = Assert.IsType<FigureNode>(Assert.Single(tree.Blocks));
        Assert.Equal(("no-such-file.png", "The venue", "50%"), (figure.Url, figure.AltText, figure.Width));
        Assert.Equal("Diriyah Palace", NodeWalk.PlainText(figure));
    }

    [Fact]
    public void Page_breaks_contents_and_front_matter_are_recognised()
    {
        var tree = TreeBuilder.Build("---\ntitle: T\nlanguage: ru\n---\n\n::: toc\n- [One](#one)\n  - [Two](#two)\n:::\n\n\\newpage\n\n# One\n\n## Two\n");
        Assert.Equal("ru", tree.Language);
        Assert.Contains("title: T", tree.FrontMatter);
        var entry = Assert.Single(Single<ContentsNode>(tree).Entries);
        Assert.Equal(("one", 0), (entry.Target, entry.Depth));
        Assert.Equal(("two", 1), (entry.Entries[0].Target, entry.Entries[0].Depth));
        Assert.IsType<PageBreakNode>(tree.Blocks[1]);
        Assert.All(tree.Descendants(), n => Assert.Equal("ru", n.Language));
    }

    [Fact]
    public void A_lang_attribute_sets_the_language_of_a_block_and_its_inlines()
    {
        var tree = TreeBuilder.Build("---\nlanguage: en\n---\n\nEnglish.\n\nمرحبا بالعالم {lang=ar}\n");
        var paragraphs = tree.Blocks.OfType<ParagraphNode>().ToList();
        Assert.Equal(["en", "ar"], paragraphs.Select(p => p.Language));
        Assert.All(NodeWalk.Self(paragraphs[1]), n => Assert.Equal("ar", n.Language));
    }

    [Fact]
    public void Values_that_look_like_markup_stay_text()
    {
        var tree = TreeBuilder.Build("\\<script\\>alert(1)\\</script\\> \\*not bold\\* \\{\\{ x \\}\\}\n");
        var paragraph = Assert.IsType<ParagraphNode>(Assert.Single(tree.Blocks));
        Assert.All(paragraph.Content, n => Assert.IsType<TextNode>(n));
        Assert.Equal("<script>alert(1)</script> *not bold* {{ x }}", NodeWalk.PlainText(paragraph));
    }
}
