using Briefing.Layout;

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
}
