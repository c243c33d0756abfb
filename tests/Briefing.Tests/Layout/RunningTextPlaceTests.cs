using Briefing.Diagnostics;
using Briefing.Layout;

namespace Briefing.Tests.Layout;

/// <summary>
/// What is wrong with a running header, footer or banner is the theme's: its diagnostics name the theme line and
/// column that set what to change.
/// </summary>
public class RunningTextPlaceTests
{
    [Fact]
    public void A_banner_too_large_for_the_margins_is_an_error_at_the_theme_line_that_sets_its_size()
    {
        var theme = ThemeLoader.Load("theme.yaml", "page:\n  margins: 40pt\nbanner:\n  text: \"{classification}\"\n  size: 60\n").Theme!;

        var result = Render.Layout("---\ntitle: Talks\nclassification: SECRET\n---\n\nBody text.\n", theme);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("classification banner", error.Message, StringComparison.Ordinal);
        Assert.Equal(("theme.yaml", 5, 9), (error.File, error.Line, error.Column));
    }

    [Theory]
    [InlineData("footer:\n  style: { size: 150 }\n  right: \"{page}\"\n", "the running footer's right text", 3, 10)]
    [InlineData("header:\n  style: { size: 150 }\n  center: \"{title}\"\n  left:\n    \"{page}\"\n", "the running header's left text", 5, 5)]
    public void A_running_slot_that_does_not_fit_is_a_warning_at_the_theme_line_of_the_slot(string yaml, string slot, int line, int column)
    {
        var theme = ThemeLoader.Load("theme.yaml", yaml).Theme!;

        var result = Render.Layout("---\ntitle: Talks\n---\n\nText.\n\n\\newpage\n\nMore.\n", theme);

        var warning = Assert.Single(result.Diagnostics, d => d.Message.StartsWith(slot + " does not fit in the", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(("theme.yaml", line, column), (warning.File, warning.Line, warning.Column));
    }

    [Theory]
    [InlineData("header:\n  center: \"Annex on page [](#annex){.page}\"\n", "header.center")]
    [InlineData("footer:\n  left: \"see [p](#annex)\"\n", "footer.left")]
    [InlineData("banner:\n  text: \"[](#x){.page}\"\n", "banner.text")]
    public void A_page_reference_in_a_running_text_is_an_error_at_its_theme_line(string yaml, string where)
    {
        var result = ThemeLoader.Load("theme.yaml", yaml);

        Assert.Null(result.Theme);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("theme.yaml", 2), (error.File, error.Line));
        Assert.True(error.Column > 1);
        Assert.Contains($"`{where}` holds the Markdown page reference", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("header:\n  center: \"{title}\\a\"\n", "`header.center` contains the control character U+0007")]
    [InlineData("banner:\n  text: \"SECRET\\e[2J\"\n", "`banner.text` contains the control character U+001B")]
    [InlineData("footer:\n  left: \"x\\uFFFF\"\n", "`footer.left` contains the noncharacter U+FFFF")]
    [InlineData("watermark:\n  text: \"DRAFT\\0\"\n", "`watermark.text` contains the control character U+0000")]
    public void A_theme_text_that_cannot_be_printed_is_an_error_at_its_line(string yaml, string message)
    {
        var result = ThemeLoader.Load("theme.yaml", yaml);

        Assert.Null(result.Theme);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("theme.yaml", 2), (error.File, error.Line));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
