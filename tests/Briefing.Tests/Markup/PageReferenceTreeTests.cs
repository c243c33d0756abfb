using Briefing.Document;
using Briefing.Markup;

namespace Briefing.Tests.Markup;

public sealed class PageReferenceTreeTests
{
    [Fact]
    public void An_empty_link_to_a_heading_with_the_class_page_is_a_page_reference()
    {
        var tree = TreeBuilder.Build("See page [](#annex-a){.page}.\n\n# Annex A {#annex-a}\n");

        var reference = Assert.Single(tree.Descendants().OfType<PageReferenceNode>());
        Assert.Equal("annex-a", reference.Target);
        Assert.Equal((1, 10), (reference.Span.Line, reference.Span.Column));
        Assert.Empty(tree.Descendants().OfType<LinkNode>());
    }

    [Theory]
    [InlineData("[the annex](#annex-a){.page}")]
    [InlineData("[](#annex-a)")]
    [InlineData("[](https://example.org){.page}")]
    public void A_link_with_text_without_the_class_or_to_elsewhere_stays_a_link(string markdown)
    {
        var tree = TreeBuilder.Build(markdown + "\n\n# Annex A {#annex-a}\n");

        Assert.Empty(tree.Descendants().OfType<PageReferenceNode>());
        Assert.Single(tree.Descendants().OfType<LinkNode>());
    }

    [Fact]
    public void The_tree_text_names_the_target()
    {
        var text = TreeText.Write(TreeBuilder.Build("Page [](#x){.page}\n"));

        Assert.Contains("page-reference #3 target=x", text, StringComparison.Ordinal);
    }
}
