using Briefing.Templating;

namespace Briefing.Tests.Templating;

/// <summary>Whatever a template does wrong comes back as a diagnostic, never as an exception.</summary>
public class RobustnessTests
{
    [Theory]
    [InlineData("{{ 1 / 0 }}")]
    [InlineData("{{ b.party }}")]
    [InlineData("{{ b.party 1 2 3 }}")]
    [InlineData("{{ b.shorten 'x' 'abc' }}")]
    [InlineData("{{ b.date 5 }}")]
    [InlineData("{{ b.date 'yesterday' }}")]
    [InlineData("{{ b.date '2025-02-30' }}")]
    [InlineData("{{ b.join 5 }}")]
    [InlineData("{{ b.lead 5 }}")]
    [InlineData("{{ date.parse 'not a date' | date.to_string '%d' }}")]
    [InlineData("{{ array.first 1 }}")]
    [InlineData("{{ brief.parties[99].name }}")]
    [InlineData("{{ null.x }}")]
    [InlineData("{{ include }}")]
    [InlineData("{{ include 'missing.sbn' }}")]
    [InlineData("{{ include '' }}")]
    [InlineData("{{ raw }}")]
    [InlineData("{{ 'a' | raw }}")]
    [InlineData("{{ regex.match 'aaaa' '(a+)+$' }}{{ x }}")]
    [InlineData("{{ brief.title = 'x' }}{{ brief = 1 }}")]
    [InlineData("{{ b.party = 1 }}")]
    [InlineData("{{ string.pad_left 'x' 100000000 }}")]
    [InlineData("{{ for i in 1..1000000000 }}{{ end }}")]
    [InlineData("{{ x = 'ab'; for i in 1..40; x = x + x; end }}")]
    public void Broken_templates_give_diagnostics(string template)
    {
        using var folder = new TemplateFolder().Template("t", template);
        var result = TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "t");
        if (result.Markdown is null) Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.Contains("template.sbn", d.File));
    }

    [Fact]
    public void Missing_templates_folder_gives_a_diagnostic()
    {
        var result = TemplateRenderer.Render(SampleSheets.Full(), "/nonexistent/templates", "memo");
        Assert.Null(result.Markdown);
        Assert.Contains("does not exist", Assert.Single(result.Diagnostics).Message);
    }
}
