using Briefing.Diagnostics;
using Briefing.Layout;
using Briefing.Layout.Pages;

namespace Briefing.Tests.Layout;

/// <summary>Placeholders are the theme's: a value that holds <c>{pages}</c> or <c>{title}</c> is printed as written.</summary>
public class PageDecorationTests
{
    [Fact]
    public void Placeholders_inside_values_are_not_expanded_in_the_banner_or_the_running_header()
    {
        const string markdown = "---\ntitle: \"Talks {page} of {pages}\"\nclassification: \"SECRET {pages} {title}\"\n---\n\nBody text.\n\n::: pagebreak\n:::\n\nSecond page.\n";
        var document = Render.Document(markdown, ThemeLoader.Default);

        var page = Render.Text(document.Pages[0]);

        Assert.Contains("SECRET {pages} {title}", page);
        Assert.DoesNotContain("SECRET 2", page);
        Assert.DoesNotContain("Talks 1 of 2", page);
    }

    [Fact]
    public void A_very_long_title_stays_clear_of_the_banner_and_on_the_page()
    {
        var title = string.Join(" ", Enumerable.Range(0, 1500).Select(i => "Negotiation" + i)) + " " + new string('X', 3000);
        title = title[..20000];
        var markdown = $"---\ntitle: \"{title}\"\nclassification: SECRET\n---\n\n# {title}\n\nBody text.\n\n::: pagebreak\n:::\n\nSecond page.\n";
        var theme = ThemeLoader.Default;
        var document = Render.Document(markdown, theme);

        foreach (var page in document.Pages)
        {
            var runs = page.Items.OfType<GlyphRunItem>().ToList();
            foreach (var run in runs)
            {
                Assert.InRange(run.X, -0.01f, page.Width);
                Assert.InRange(run.X + run.Width, 0, page.Width + 0.01f);
                Assert.InRange(run.Baseline - run.Size, 0, page.Height);
            }
            var banner = runs.Where(r => r.Text == "SECRET").OrderBy(r => r.Baseline).First();
            var bannerBottom = banner.Baseline + banner.Size * 0.3f;
            var header = runs.Where(r => r != banner && r.Baseline < theme.Page.MarginTop).ToList();
            Assert.All(header, r => Assert.True(r.Baseline - r.Size * 0.8f > bannerBottom,
                $"`{r.Text}` at baseline {r.Baseline} covers the banner, which ends at {bannerBottom}"));
        }
    }

    [Fact]
    public void A_classification_too_long_for_the_margin_is_an_error_not_a_cut_marking()
    {
        var classification = string.Join(" ", Enumerable.Repeat("SECRET//NOFORN", 400));
        var markdown = $"---\ntitle: Talks\nclassification: \"{classification}\"\n---\n\nBody text.\n";

        var result = Render.Layout(markdown, ThemeLoader.Default);

        Assert.Null(result.Document);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("classification banner", error.Message, StringComparison.Ordinal);
        Assert.Equal((3, 17), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("ru", "18 февраля 2025")]
    [InlineData("fr", "18 février 2025")]
    [InlineData("en", "18 February 2025")]
    public void The_footer_date_is_written_in_the_document_language(string language, string expected)
    {
        var theme = ThemeLoader.Load("footer.yaml", "footer:\n  center: \"{date}\"\n").Theme!;
        var document = Render.Document($"---\ntitle: t\nlanguage: {language}\ndate: 2025-02-18\n---\n\nBody text.\n", theme);

        Assert.Contains(expected, Render.Text(document.Pages[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void Running_header_and_footer_are_shaped_in_the_document_language()
    {
        // Serbian italic б, г, д, п, т have forms of their own (the font's locl feature), as the body shows them.
        var theme = ThemeLoader.Load("theme.yaml", "header: { left: \"{title}\", style: { italic: true, font: body } }\nfooter: { left: \"{title}\", style: { italic: true, font: body } }\nbanner: none\n").Theme!;
        string Document(string language) => $"---\ntitle: бгдпт\nlanguage: {language}\n---\n\n*бгдпт*\n";
        IReadOnlyList<ushort>[] Glyphs(string language) => Render.Document(Document(language), theme).Pages[0].Items.OfType<GlyphRunItem>()
            .Where(r => r.Text == "бгдпт").OrderBy(r => r.Baseline).Select(r => (IReadOnlyList<ushort>)r.Glyphs).ToArray();

        var serbian = Glyphs("sr");
        var russian = Glyphs("ru");

        Assert.Equal(3, serbian.Length);
        Assert.NotEqual(russian[1], serbian[1]);
        // Header, body and footer: each the same forms as the body's text in that language.
        Assert.All(serbian, g => Assert.Equal(serbian[1], g));
        Assert.All(russian, g => Assert.Equal(russian[1], g));
    }
}
