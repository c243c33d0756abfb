using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Diagnostics;
using Briefing.Layout.Pages;

namespace Briefing.Tests.Layout;

/// <summary>Page references are filled in by layout with the page their heading lands on, however far it moves.</summary>
public sealed class PageReferenceLayoutTests
{
    private const int Count = 5000;

    private static string Filler(int paragraphs) =>
        string.Concat(Enumerable.Repeat("A paragraph of filler that takes a few lines of the page, so that the heading after it moves down the document as there are more of them.\n\n", paragraphs));

    private static int PageOf(LaidOutDocument document, string id) => Assert.Single(document.Outline, e => e.Destination == id).PageIndex + 1;

    [Theory]
    [InlineData(0)]
    [InlineData(40)]
    [InlineData(200)]
    public void A_reference_prints_the_page_its_target_is_on_and_links_to_it(int filler)
    {
        var document = Render.Document($"# Start\n\nSee page [](#target){{.page}} for the rest.\n\n{Filler(filler)}# Target {{#target}}\n\nEnd.\n");

        var page = PageOf(document, "target");
        Assert.Contains($"See page {page} for the rest.", Render.Text(document.Pages[0]), StringComparison.Ordinal);
        Assert.Contains(document.Pages[0].Items.OfType<LinkItem>(), l => l.Destination == "target");
        if (filler == 200)
        {
            Assert.True(page >= 10, $"the target should be on a two-digit page, is on {page}");
        }
    }

    [Fact]
    public void Numbers_that_grow_while_printed_are_those_of_the_final_layout()
    {
        // Hundreds of references to a page past 9 are wider than the one-digit place the first pass keeps for them:
        // they take more lines, which moves the target, so layout must check the pages it printed.
        // The difference is more than a page of lines, so the target must move.
        var references = string.Join(" ", Enumerable.Repeat("p. [](#target){.page}", Count));
        var result = Render.Layout($"# Start\n\n{references}\n\n{Filler(120)}# Target {{#target}}\n\nEnd.\n");

        var document = result.Document!;
        var page = PageOf(document, "target").ToString(CultureInfo.InvariantCulture);
        var printed = document.Pages.SelectMany(p => Regex.Matches(Render.Text(p), @"p\.\s*(\d+)").Select(m => m.Groups[1].Value)).ToList();
        Assert.Equal(Count, printed.Count);
        Assert.True(page.Length == 2, $"the target should be on a two-digit page, is on {page}");
        Assert.All(printed, number => Assert.Equal(page, number));
        Assert.True(result.Passes >= 3, $"the grown numbers should have been checked by another pass, passes: {result.Passes}");
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("settle", StringComparison.Ordinal));
    }

    [Fact]
    public void A_document_without_references_or_contents_is_laid_out_once()
    {
        var result = Render.Layout("# Start\n\nSee [the end](#target).\n\n# Target {#target}\n");

        Assert.Equal(1, result.Passes);
    }

    [Fact]
    public void A_reference_to_no_heading_is_an_error_at_its_place()
    {
        var result = Render.Layout("# Start\n\nSee page [](#nowhere){.page}.\n");

        Assert.Null(result.Document);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("test.md", 3, 10), (error.File, error.Line, error.Column));
        Assert.Contains("`#nowhere`", error.Message, StringComparison.Ordinal);
    }
}
