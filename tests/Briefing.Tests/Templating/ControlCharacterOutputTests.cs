using Briefing.Templating;

namespace Briefing.Tests.Templating;

/// <summary>A template cannot put a control character into the Markdown, and so not into pages or PDF metadata.</summary>
public class ControlCharacterOutputTests
{
    [Theory]
    [InlineData("{{ \"title\\x1b[2J\" }}")]
    [InlineData("{{ raw \"nul\\0\" }}")]
    [InlineData("# Title\u0007\n")]
    public void A_template_that_writes_a_control_character_fails_naming_it(string template)
    {
        using var folder = new TemplateFolder().Template("t", template);

        var result = TemplateRenderer.Render(SampleSheets.Minimal(), folder.Root, "t");

        Assert.Null(result.Markdown);
        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("control character U+00", error.Message);
        Assert.Contains("template.sbn", error.File);
    }
}
