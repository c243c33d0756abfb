using Briefing.Diagnostics;
using Briefing.Layout;
using Briefing.Layout.Pages;
using UglyToad.PdfPig;

namespace Briefing.Tests.Layout;

/// <summary><c>::: landscape</c> sections: only their pages are turned, with header, footer and banner placed for the turned page.</summary>
public class LandscapeSectionTests
{
    private const string Document = "---\nclassification: SECRET\n---\n# Memo\n\nBefore.\n\n::: landscape\n## Annex\n\n| A | B |\n|---|---|\n| 1 | 2 |\n:::\n\nAfter.\n";

    private static readonly Theme Theme = ThemeLoader.Load("t.yaml", "header:\n  left: \"{title}\"\n  right: \"{page}\"\nfooter:\n  right: \"Page {page} of {pages}\"\n").Theme!;

    [Fact]
    public void Only_the_section_s_pages_are_landscape()
    {
        var pages = Render.Document(Document, Theme).Pages;
        Assert.Equal(3, pages.Count);
        var a4 = ThemeLoader.Default.Page;
        Assert.Equal((a4.Width, a4.Height), (pages[0].Width, pages[0].Height));
        Assert.Equal((a4.Height, a4.Width), (pages[1].Width, pages[1].Height));
        Assert.Equal((a4.Width, a4.Height), (pages[2].Width, pages[2].Height));
        Assert.Contains("Annex", Render.Text(pages[1]), StringComparison.Ordinal);
        Assert.DoesNotContain("Before.", Render.Text(pages[1]), StringComparison.Ordinal);
        Assert.Contains("After.", Render.Text(pages[2]), StringComparison.Ordinal);
    }

    [Fact]
    public void Header_footer_and_banner_are_placed_on_the_turned_page()
    {
        var page = Render.Document(Document, Theme).Pages[1];
        var setup = ThemeLoader.Default.Page.Landscape();
        var runs = page.Items.OfType<GlyphRunItem>().ToList();
        var footer = runs.Where(r => r.Baseline > setup.Height - setup.MarginBottom && r.Baseline < setup.Height - 20).ToList();
        Assert.Contains("Page 2 of 3", string.Concat(footer.Select(r => r.Text)), StringComparison.Ordinal);
        Assert.Equal(setup.Width - setup.MarginRight, footer.Max(r => r.X + r.Width), 0.5f);
        var header = runs.Where(r => r.Baseline < setup.MarginTop && r.Baseline > 20).ToList();
        Assert.Contains("Memo", string.Concat(header.Select(r => r.Text)), StringComparison.Ordinal);
        Assert.Equal(setup.Width - setup.MarginRight, header.Max(r => r.X + r.Width), 0.5f);
        var banners = runs.Where(r => r.Text == "SECRET").ToList();
        Assert.Equal(2, banners.Count);
        Assert.All(banners, b => Assert.Equal(setup.Width / 2, b.X + b.Width / 2, 0.5f));
        Assert.Contains(banners, b => b.Baseline > setup.Height - 20);
    }

    [Fact]
    public void The_table_in_the_section_spans_the_landscape_width()
    {
        var page = Render.Document(Document, Theme).Pages[1];
        var setup = ThemeLoader.Default.Page.Landscape();
        var rules = page.Items.OfType<RuleItem>().Where(r => r.Y1 > setup.MarginTop).ToList();
        Assert.NotEmpty(rules);
        Assert.All(rules, r => Assert.Equal(setup.BodyWidth, r.X2 - r.X1, 0.5f));
    }

    [Fact]
    public void A_document_that_starts_with_a_landscape_section_has_no_empty_page_before_it()
    {
        var pages = Render.Document("::: landscape\nWide.\n:::\n", Theme).Pages;
        var page = Assert.Single(pages);
        Assert.True(page.Width > page.Height);
    }

    [Fact]
    public void The_pdf_gives_each_page_its_own_size()
    {
        using var pdf = PdfDocument.Open(Render.Pdf(Document, Theme));
        var sizes = pdf.GetPages().Select(p => (Math.Round(p.Width), Math.Round(p.Height))).ToList();
        Assert.Equal([(595d, 842d), (842d, 595d), (595d, 842d)], sizes);
    }

    [Fact]
    public void A_landscape_section_inside_another_block_is_a_warning()
    {
        var result = Render.Layout("Text.\n\n> ::: landscape\n> Wide.\n> :::\n", Theme);
        var warning = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Warning);
        Assert.Equal((3, 3), (warning.Line, warning.Column));
        Assert.Contains("inside another block", warning.Message, StringComparison.Ordinal);
        Assert.All(result.Document!.Pages, p => Assert.True(p.Height > p.Width));
    }
}
