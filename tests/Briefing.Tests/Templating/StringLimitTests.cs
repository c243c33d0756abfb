using Briefing.Templating;

namespace Briefing.Tests.Templating;

/// <summary>No value or template string is cut short in silence: a limit is an error that names it.</summary>
public class StringLimitTests
{
    private const int MoreThanAMebibyte = 1_200_000;

    [Fact]
    public void A_value_longer_than_a_mebibyte_reaches_the_markdown_whole()
    {
        using var folder = new TemplateFolder().Template("t", "{{ brief.summary[0] }}");
        var sheet = SampleSheets.Minimal() with { Summary = [new string('a', MoreThanAMebibyte) + "END"] };

        var result = TemplateRenderer.Render(sheet, folder.Root, "t");

        Assert.NotNull(result.Markdown);
        Assert.Contains(new string('a', MoreThanAMebibyte) + "END", result.Markdown);
    }

    [Fact]
    public void A_fact_sheet_value_longer_than_a_mebibyte_reaches_the_memo_markdown_whole()
    {
        using var folder = new Infrastructure.TemporaryFolder();
        var minimal = File.ReadAllText(Infrastructure.RepositoryRoot.Combine("tests", "Briefing.Tests", "Briefs", "minimal.yaml"));
        var value = new string('a', MoreThanAMebibyte) + "END";
        var brief = folder.Write("big.yaml", minimal.Replace("Consultations at working level; no decisions are expected.", value));
        var output = folder.Combine("big.md");

        var run = Cli.CliRun.Of("render", brief, "--templates", Infrastructure.RepositoryRoot.Combine("templates"), "--format", "md", "-o", output);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains(value, File.ReadAllText(output));
    }

    [Fact]
    public void A_template_string_built_past_a_mebibyte_is_written_whole()
    {
        // 2^21 characters: twice the size at which strings used to be cut.
        using var folder = new TemplateFolder().Template("t", "{{ x = 'ab'; for i in 1..20; x = x + x; end; x + 'END' }}");

        var result = TemplateRenderer.Render(SampleSheets.Minimal(), folder.Root, "t");

        Assert.NotNull(result.Markdown);
        Assert.Equal((2 << 20) + 3, result.Markdown.TrimEnd('\n').Length);
        Assert.EndsWith("END", result.Markdown.TrimEnd('\n'));
    }

    [Fact]
    public void A_template_string_past_the_output_limit_is_an_error_that_names_the_limit()
    {
        using var folder = new TemplateFolder().Template("t", "{{ x = 'ab'; for i in 1..22; x = x + x; end; x }}");

        var result = TemplateRenderer.Render(SampleSheets.Minimal(), folder.Root, "t");

        Assert.Null(result.Markdown);
        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("4,000,000", error.Message);
        Assert.Contains("template.sbn", error.File);
        Assert.True(error.Line > 0);
    }
}
