using Briefing.Document;
using Briefing.Markup;
using Briefing.Tests.Infrastructure;
using Briefing.Tests.Snapshots;

namespace Briefing.Tests.Markup;

/// <summary>Containers nest as Pandoc's fenced divs do: a bare fence closes the innermost open container.</summary>
public sealed class FencedDivTests
{
    private static string Text(BlockNode block) => NodeWalk.PlainText(block);

    [Fact]
    public void A_container_inside_a_container_with_the_same_fence_closes_first()
    {
        var tree = TreeBuilder.Build("::: outer\none\n\n::: inner\ntwo\n:::\n\nthree\n:::\n\nfour\n");

        Assert.Collection(tree.Blocks,
            b =>
            {
                var outer = Assert.IsType<BoxNode>(b);
                Assert.Equal("container.outer", outer.Style.ToString());
                Assert.Collection(outer.Blocks,
                    c => Assert.Equal("one", Text(c)),
                    c => Assert.Equal(("container.inner", "two"), (Assert.IsType<BoxNode>(c).Style.ToString(), Text(c))),
                    c => Assert.Equal("three", Text(c)));
            },
            b => Assert.Equal("four", Text(Assert.IsType<ParagraphNode>(b))));
    }

    [Fact]
    public void A_longer_outer_fence_still_nests_as_documented()
    {
        var tree = TreeBuilder.Build(":::: outer\n::: inner\ntwo\n:::\nthree\n::::\nfour\n");

        var outer = Assert.IsType<BoxNode>(tree.Blocks[0]);
        Assert.Equal(["container.inner", "paragraph"], outer.Blocks.Select(c => c.Style.ToString()));
        Assert.Equal("four", Text(Assert.IsType<ParagraphNode>(Assert.Single(tree.Blocks.Skip(1)))));
    }

    [Fact]
    public void Three_levels_with_one_fence_length()
    {
        var tree = TreeBuilder.Build("::: a\n::: b\n::: c\ndeep\n:::\nin b\n:::\nin a\n:::\nafter\n");

        var a = Assert.IsType<BoxNode>(tree.Blocks[0]);
        var b = Assert.IsType<BoxNode>(a.Blocks[0]);
        Assert.Equal("deep", Text(Assert.IsType<BoxNode>(b.Blocks[0])));
        Assert.Equal("in b", Text(b.Blocks[1]));
        Assert.Equal("in a", Text(a.Blocks[1]));
        Assert.Equal("after", Text(Assert.IsType<ParagraphNode>(tree.Blocks[1])));
    }

    [Fact]
    public void A_bare_fence_that_closes_nothing_is_text_and_opens_no_container()
    {
        var tree = TreeBuilder.Build("one\n\n:::\n\ntwo\n\n::: note\nthree\n:::\n");

        Assert.Equal(["one", ":::", "two", "three"], tree.Blocks.Select(Text));
        Assert.Equal([typeof(ParagraphNode), typeof(ParagraphNode), typeof(ParagraphNode), typeof(BoxNode)], tree.Blocks.Select(b => b.GetType()));
    }

    [Fact]
    public void A_fence_with_attributes_only_opens_a_container()
    {
        var tree = TreeBuilder.Build("::: {.keep}\nkept\n:::\n\nafter\n");

        Assert.Equal("kept", Text(Assert.IsType<BoxNode>(tree.Blocks[0])));
        Assert.Equal("after", Text(tree.Blocks[1]));
    }

    [Fact]
    public void No_shipped_template_makes_a_container_without_a_name_for_any_brief()
    {
        var templates = RepositoryRoot.Combine("templates");
        using var renderer = new BriefingRenderer();
        foreach (var row in BriefSnapshotTests.Cases())
        {
            var (brief, template) = ((string)row[0], (string)row[1]);
            using var stream = File.OpenRead(RepositoryRoot.Combine(brief));
            var result = renderer.RenderMarkdown(brief, stream, new RenderOptions(templates, template));
            Assert.True(result.Markdown is not null, string.Join("\n", result.Diagnostics));
            var unnamed = TreeBuilder.Build(result.Markdown).Descendants().OfType<BoxNode>().Where(b => b.Style.Classes.Count == 0).ToList();
            Assert.True(unnamed.Count == 0, $"{brief} × {template}: a container without a name at Markdown line {unnamed.FirstOrDefault()?.Span.Line}");
        }
    }
}
