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
}
