using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Layout;

/// <summary>Content too large for an empty page is an error at the place that wrote it, never at line 0.</summary>
public class OverflowPlaceTests
{
    private static readonly string HugeCell = string.Join(' ', Enumerable.Repeat("word", 6000));

    [Fact]
    public void A_table_header_taller_than_a_page_is_an_error_at_the_table()
    {
        var result = Render.Layout($"Intro.\n\n| {HugeCell} | B |\n|---|---|\n| x | y |\n");

        var error = Assert.Single(result.Diagnostics, d => d.Message.Contains("does not fit on an empty page", StringComparison.Ordinal));
        Assert.Equal(("test.md", 3), (error.File, error.Line));
        Assert.Contains("the table's header row does not fit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Through_a_template_the_error_names_the_template_line_that_wrote_the_table()
    {
        using var folder = new TemporaryFolder();
        var sheet = folder.Write("sheet.yaml", File.ReadAllText(RepositoryRoot.Combine("tests", "Briefing.Tests", "Briefs", "minimal.yaml")));
        var template = folder.Write("templates/t/template.sbn", $"# {{{{ brief.title }}}}\n\nIntro.\n\n| {HugeCell} | B |\n|---|---|\n| x | y |\n");
        using var renderer = new BriefingRenderer();
        using var stream = File.OpenRead(sheet);

        var result = renderer.Render(sheet, stream, new RenderOptions(folder.Combine("templates"), "t"));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Message.Contains("does not fit on an empty page", StringComparison.Ordinal));
        Assert.Equal((template, 5), (error.File, error.Line));
    }
}
