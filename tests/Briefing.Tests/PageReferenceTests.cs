using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Diagnostics;
using Briefing.Tests.Infrastructure;
using Briefing.Tests.Templating;

namespace Briefing.Tests;

/// <summary>How often the template runs for page numbers, and whether the numbers it prints are the pages of the layout.</summary>
public sealed class PageReferenceTests
{
    private static readonly string Templates = RepositoryRoot.Combine("templates");

    [Theory]
    [InlineData("memo")]
    [InlineData("one-pager")]
    [InlineData("book")]
    public void A_template_that_prints_no_page_number_with_page_of_runs_once(string template)
    {
        using var renderer = new BriefingRenderer();
        using var riyadh = File.OpenRead(RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml"));

        var result = renderer.Render("riyadh.yaml", riyadh, new RenderOptions(Templates, template) { SystemFonts = false });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(1, result.TemplatePasses);
    }

    [Fact]
    public void A_template_that_prints_page_numbers_with_page_of_runs_again_until_they_match()
    {
        using var folder = new TemporaryFolder();
        folder.Write("templates/old/template.sbn", """
            ---
            title: x
            ---

            Two is on page {{ b.page_of "two" }}.

            # One

            \newpage

            # Two {#two}
            """);

        using var renderer = new BriefingRenderer();
        var result = renderer.Render(SampleSheets.Minimal(), "minimal.yaml", new RenderOptions(folder.Combine("templates"), "old") { SystemFonts = false });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.InRange(result.TemplatePasses, 2, BriefingRenderer.MaxPasses);
        Assert.Contains("Two is on page 2.", result.Markdown!, StringComparison.Ordinal);
    }

    [Fact]
    public void The_book_prints_its_page_numbers_with_references_that_layout_fills_in()
    {
        using var renderer = new BriefingRenderer();
        using var riyadh = File.OpenRead(RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml"));

        var result = renderer.Render("riyadh.yaml", riyadh, new RenderOptions(Templates, "book") { SystemFonts = false });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(1, result.TemplatePasses);
        var document = result.Document!;
        var annex = Assert.Single(document.Outline, e => e.Destination == "annex-delegations").PageIndex + 1;
        var contents = string.Concat(document.Pages[1].Items.OfType<Briefing.Layout.Pages.GlyphRunItem>().Select(r => r.Text));
        Assert.Contains("Annex A: Delegations" + annex.ToString(CultureInfo.InvariantCulture), contents, StringComparison.Ordinal);
        var prose = string.Concat(document.Pages.SelectMany(p => p.Items.OfType<Briefing.Layout.Pages.GlyphRunItem>()).Select(r => r.Text));
        Assert.Matches($@"\(Annex\s*A,\s*page\s*{annex}\)\.", prose);
    }

    [Fact]
    public void A_reference_to_a_heading_the_template_does_not_write_is_an_error_at_the_expression_s_line_and_column()
    {
        using var folder = new TemporaryFolder();
        folder.Write("templates/dangling/template.sbn", """
            ---
            title: x
            ---

            # One

            See page {{ b.ref "two" }} for more.
            """);

        using var renderer = new BriefingRenderer();
        var result = renderer.Render(SampleSheets.Minimal(), "minimal.yaml", new RenderOptions(folder.Combine("templates"), "dangling") { SystemFonts = false });

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.EndsWith("template.sbn", error.File, StringComparison.Ordinal);
        // The column of the expression inside `{{ }}`, not of the line's text.
        Assert.Equal((7, 13), (error.Line, error.Column));
        Assert.Contains("`#two`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_to_something_that_cannot_be_an_id_is_an_error_at_its_template_line_and_column()
    {
        using var folder = new TemporaryFolder();
        folder.Write("templates/bad/template.sbn", """
            ---
            title: x
            ---

            See page {{ b.ref "two){.x}" }}.
            """);

        using var renderer = new BriefingRenderer();
        var result = renderer.Render(SampleSheets.Minimal(), "minimal.yaml", new RenderOptions(folder.Combine("templates"), "bad") { SystemFonts = false });

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((5, 13), (error.Line, error.Column));
        Assert.Contains("not a heading id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_numbers_printed_by_a_page_limited_template_are_those_of_the_layout_that_fits()
    {
        // Long at fit 0, so the template runs again shorter; the contents must give the pages of the shorter layout.
        using var folder = new TemporaryFolder();
        var filler = string.Concat(Enumerable.Repeat("A paragraph that the template drops when it must be shorter.\n\n", 200));
        folder.Write("templates/limited/template.sbn", """
            ---
            title: x
            max_pages: 3
            ---

            | Part | Page |
            |---|---|
            | [One](#one) | {{ b.page_of "one" }} |
            | [Two](#two) | {{ b.page_of "two" }} |

            # One

            {{ if fit == 0 }}
            {{FILLER}}
            {{ end }}

            \newpage

            # Two

            The end.
            """.Replace("{{FILLER}}", filler, StringComparison.Ordinal));

        using var renderer = new BriefingRenderer();
        var result = renderer.Render(SampleSheets.Minimal(), "minimal.yaml", new RenderOptions(folder.Combine("templates"), "limited") { SystemFonts = false });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(result.Document!.Pages.Count <= 3);
        Assert.DoesNotContain("the template drops", result.Markdown!, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("settle", StringComparison.Ordinal));
        foreach (var id in new[] { "one", "two" })
        {
            var printed = Regex.Match(result.Markdown!, $@"\(#{id}\) \| (\d+) \|").Groups[1].Value;
            var entry = Assert.Single(result.Document.Outline, e => e.Destination == id);
            Assert.Equal((entry.PageIndex + 1).ToString(CultureInfo.InvariantCulture), printed);
        }
    }

    [Fact]
    public void Page_numbers_that_move_what_they_number_give_a_warning()
    {
        // Printing "1" pushes the heading to page 2, printing "2" brings it back: no number is ever right.
        using var folder = new TemporaryFolder();
        folder.Write("templates/restless/template.sbn", """
            ---
            title: x
            ---

            See page {{ b.page_of "target" }}.

            {{ if (b.page_of "target") == "1" }}
            \newpage
            {{ end }}

            # Target
            """);

        using var renderer = new BriefingRenderer();
        var result = renderer.Render(SampleSheets.Minimal(), "minimal.yaml", new RenderOptions(folder.Combine("templates"), "restless") { SystemFonts = false });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains("did not settle", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith("template.sbn", warning.File, StringComparison.Ordinal);
        Assert.Equal(BriefingRenderer.MaxPasses, result.TemplatePasses);
    }
}
