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
}
