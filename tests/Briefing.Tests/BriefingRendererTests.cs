using Briefing.Diagnostics;
using Briefing.Tests.Infrastructure;
using Briefing.Tests.Templating;
using UglyToad.PdfPig;

namespace Briefing.Tests;

public class BriefingRendererTests
{
    private static readonly string Templates = RepositoryRoot.Combine("templates");

    [Fact]
    public void The_one_pager_of_the_longest_sheet_is_one_page_with_a_visible_continued_note()
    {
        using var renderer = new BriefingRenderer();

        var result = renderer.Render(SampleSheets.Long(), "long.yaml", new RenderOptions(Templates, "one-pager") { SystemFonts = false });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Single(result.Document!.Pages);
        Assert.Contains("Continued in the full memo.", PdfText(result));
    }

    [Fact]
    public void Caches_change_no_byte_a_warm_renderer_gives_what_a_fresh_one_gives()
    {
        byte[] Pdf(BriefingRenderer renderer, string template)
        {
            using var riyadh = File.OpenRead(RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml"));
            return BriefingRenderer.ToPdf(renderer.Render("riyadh.yaml", riyadh, new RenderOptions(Templates, template) { SystemFonts = false }).Document!);
        }

        using var warm = new BriefingRenderer();
        // Another template first, so shaped runs and font subsets are already cached when the memo comes.
        Pdf(warm, "book");
        var first = Pdf(warm, "memo");
        var again = Pdf(warm, "memo");
        using var fresh = new BriefingRenderer();
        Assert.Equal(first, again);
        Assert.Equal(first, Pdf(fresh, "memo"));
    }

    [Fact]
    public void The_one_pager_keeps_everything_when_it_fits()
    {
        using var renderer = new BriefingRenderer();
        using var riyadh = File.OpenRead(RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml"));

        var result = renderer.Render("riyadh.yaml", riyadh, new RenderOptions(Templates, "one-pager") { SystemFonts = false });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Single(result.Document!.Pages);
        var text = PdfText(result);
        Assert.DoesNotContain("Continued in the full memo.", text);
        Assert.Contains("emergency", text);
    }

    [Fact]
    public void A_page_limit_that_no_fit_can_meet_is_an_error_not_a_second_page()
    {
        using var folder = new TemporaryFolder();
        var body = string.Concat(Enumerable.Repeat("A paragraph that does not shorten.\n\n", 200));
        folder.Write("templates/stubborn/template.sbn", "---\ntitle: x\nmax_pages: 1\n---\n\n" + body);

        using var renderer = new BriefingRenderer();
        var result = renderer.Render(SampleSheets.Minimal(), "minimal.yaml", new RenderOptions(folder.Combine("templates"), "stubborn") { SystemFonts = false });

        Assert.False(result.Succeeded);
        Assert.Null(result.Document);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("max_pages", error.Message);
    }

    [Fact]
    public void The_book_contents_give_the_page_each_chapter_starts_on()
    {
        using var renderer = new BriefingRenderer();
        using var riyadh = File.OpenRead(RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml"));

        var result = renderer.Render("riyadh.yaml", riyadh, new RenderOptions(Templates, "book") { SystemFonts = false });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var rows = System.Text.RegularExpressions.Regex.Matches(result.Markdown!, @"^\| \[(?<title>[^\]]+)\]\(#(?<id>[^)]+)\) \| \[\]\(#\k<id>\)\{\.page\} \|$", System.Text.RegularExpressions.RegexOptions.Multiline);
        Assert.Equal(8, rows.Count);
        using var pdf = PdfDocument.Open(BriefingRenderer.ToPdf(result.Document!));
        var contents = string.Concat(pdf.GetPage(2).GetWords().Select(w => w.Text));
        foreach (System.Text.RegularExpressions.Match row in rows)
        {
            var entry = Assert.Single(result.Document!.Outline, e => e.Destination == row.Groups["id"].Value);
            var page = entry.PageIndex + 1;
            Assert.Contains(row.Groups["title"].Value.Replace(" ", "", StringComparison.Ordinal) + page.ToString(System.Globalization.CultureInfo.InvariantCulture), contents, StringComparison.Ordinal);
            var firstWord = row.Groups["title"].Value.Split(' ')[0];
            Assert.Contains(firstWord, string.Join(" ", pdf.GetPage(page).GetWords().Select(w => w.Text)));
        }
    }

    [Theory]
    [InlineData("memo")]
    [InlineData("one-pager")]
    [InlineData("book")]
    public void Markup_characters_in_fact_sheet_values_print_literally_in_the_pdf(string template)
    {
        using var renderer = new BriefingRenderer();
        using var sheet = File.OpenRead(RepositoryRoot.Combine("tests", "Briefing.Tests", "Briefs", "special-characters.yaml"));

        var result = renderer.Render("special-characters.yaml", sheet, new RenderOptions(Templates, template) { SystemFonts = false });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var text = PdfText(result);
        // The title: "Title *star* #hash |pipe| <b>tag</b> _under_ [x](y) {{ 1+1 }}"
        foreach (var literal in new[] { "*star*", "#hash", "|pipe|", "<b>tag</b>", "_under_", "[x](y)", "{{", "1+1", "}}" })
        {
            Assert.Contains(literal, text);
        }
    }

    private static string PdfText(RenderResult result)
    {
        using var document = PdfDocument.Open(BriefingRenderer.ToPdf(result.Document!));
        return string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }
}
