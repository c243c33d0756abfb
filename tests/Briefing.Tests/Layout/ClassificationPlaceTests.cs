using Briefing.Diagnostics;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Layout;

/// <summary>
/// A classification too long for the banner is the desk officer's to shorten: the error names the fact sheet's
/// <c>classification:</c> value, or the template line when the template writes the marking itself.
/// </summary>
public class ClassificationPlaceTests
{
    private static readonly string Templates = RepositoryRoot.Combine("templates");
    private static readonly string Long = string.Join(" ", Enumerable.Repeat("SECRET//NOFORN", 60));

    [Theory]
    [InlineData("memo")]
    [InlineData("book")]
    [InlineData("cable")]
    [InlineData("one-pager")]
    public void A_classification_too_long_for_the_banner_is_an_error_at_the_fact_sheets_value(string template)
    {
        var sheet = FactSheets.SampleSheets.Minimal.Replace("title: Example talks", $"title: Example talks\nclassification: \"{Long}\"", StringComparison.Ordinal);
        using var renderer = new BriefingRenderer();

        var result = renderer.Render("talks.yaml", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(sheet)), new RenderOptions(Templates, template) { SystemFonts = false });

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("classification banner", error.Message, StringComparison.Ordinal);
        Assert.Equal(("talks.yaml", 4, 17), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void A_classification_the_template_writes_itself_is_an_error_at_its_template_line()
    {
        using var folder = new TemporaryFolder();
        var template = folder.Write(Path.Combine("marked", "template.sbn"), $"---\ntitle: {{{{ b.yaml brief.title }}}}\nclassification: \"{Long}\"\n---\n\nBody.\n");
        using var renderer = new BriefingRenderer();

        var result = renderer.Render("talks.yaml", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(FactSheets.SampleSheets.Minimal)), new RenderOptions(folder.Path, "marked") { SystemFonts = false });

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("classification banner", error.Message, StringComparison.Ordinal);
        Assert.Equal((template, 3, 17), (error.File, error.Line, error.Column));
    }
}
