using Briefing.Templating;

namespace Briefing.Tests.Templating;

/// <summary>A template cannot put a control character into the Markdown, and so not into pages or PDF metadata.</summary>
public class ControlCharacterOutputTests
{
    [Theory]
    [InlineData("{{ \"title\\x1b[2J\" }}")]
    [InlineData("{{ raw \"nul\\0\" }}")]
    [InlineData("# Title\u0007\n")]
    [InlineData("{{ b.link \"see\x1b[2J\" \"https://example.org\" }}")]
    public void A_template_that_writes_a_control_character_fails_naming_it(string template)
    {
        using var folder = new TemplateFolder().Template("t", template);

        var result = TemplateRenderer.Render(SampleSheets.Minimal(), folder.Root, "t");

        Assert.Null(result.Markdown);
        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("control character U+00", error.Message);
        Assert.Contains("template.sbn", error.File);
    }

    [Fact]
    public void The_error_names_the_line_of_the_expression_that_writes_it()
    {
        using var folder = new TemplateFolder().Template("t", "# Title\n\nText.\n\nMore {{ b.link \"see\x1b\" \"https://example.org\" }} text.\n");

        var result = TemplateRenderer.Render(SampleSheets.Minimal(), folder.Root, "t");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((5, 9), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("{{ \"x\\uFFFE\" }}", "the noncharacter U+FFFE")]
    [InlineData("{{ \"x\\uFFFF\" }}", "the noncharacter U+FFFF")]
    [InlineData("{{ \"x\\uFDD0\" }}", "the noncharacter U+FDD0")]
    [InlineData("{{ \"x\\uD83D\" }}", "the lone surrogate U+D83D (half of a character)")]
    [InlineData("{{ raw \"x\\uDC00\" }}", "the lone surrogate U+DC00 (half of a character)")]
    [InlineData("{{ \"x\\uD83F\\uDFFF\" }}", "the noncharacter U+1FFFF")]
    public void A_template_that_writes_a_noncharacter_or_a_lone_surrogate_fails_naming_it_at_the_expression(string template, string named)
    {
        using var folder = new TemplateFolder().Template("t", "# Title\n\nText " + template + "\n");

        var result = TemplateRenderer.Render(SampleSheets.Minimal(), folder.Root, "t");

        Assert.Null(result.Markdown);
        var error = Assert.Single(result.Diagnostics);
        Assert.Contains($"the template writes {named}, which cannot be printed", error.Message);
        Assert.Equal((3, 9), (error.Line, error.Column));
    }

    [Fact]
    public void A_noncharacter_in_the_template_text_itself_is_refused_by_name()
    {
        using var folder = new TemplateFolder().Template("t", "# Title\uFFFF\n");

        var result = TemplateRenderer.Render(SampleSheets.Minimal(), folder.Root, "t");

        Assert.Null(result.Markdown);
        Assert.Contains("the noncharacter U+FFFF", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void A_pair_of_surrogates_that_makes_an_ordinary_character_is_written()
    {
        using var folder = new TemplateFolder().Template("t", "# Title {{ \"\\uD83D\\uDE00\" }}\n");

        var result = TemplateRenderer.Render(SampleSheets.Minimal(), folder.Root, "t");

        Assert.Contains("\U0001F600", result.Markdown);
    }
}
