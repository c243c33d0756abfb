using Briefing.FactSheets;
using Briefing.Tests.Cli;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.FactSheets;

/// <summary>A source's url is a web address; anything else is refused by validate and render alike, at the fact sheet's place.</summary>
public sealed class SourceUrlTests
{
    private static readonly string Minimal = File.ReadAllText(RepositoryRoot.Combine("tests", "Briefing.Tests", "Briefs", "minimal.yaml"));

    private static string WithSource(string url) =>
        Minimal + $"sources:\n  - id: report\n    title: A report\n    url: \"{url}\"\n";

    [Theory]
    [InlineData("javascript:alert(1)", "javascript:")]
    [InlineData("file:///etc/passwd", "file:")]
    [InlineData("data:text/html,<b>x</b>", "data:")]
    [InlineData("ftp://example.org/x", "ftp:")]
    [InlineData("JavaScript:alert(1)", "JavaScript:")]
    public void Validate_refuses_every_scheme_but_http_and_https_at_the_url(string url, string scheme)
    {
        var result = FactSheetLoader.Load(DiagnosticAssert.File, WithSource(url));

        var line = WithSource(url).Split('\n').ToList().FindIndex(l => l.Contains("url:", StringComparison.Ordinal)) + 1;
        DiagnosticAssert.Matches(result, $"{line}:10: error: `{scheme}` addresses are not allowed; only http and https are");
    }

    [Theory]
    [InlineData("https://example.org/report")]
    [InlineData("http://example.org/report?a=1#b")]
    public void Web_addresses_are_valid(string url)
    {
        var result = FactSheetLoader.Load(DiagnosticAssert.File, WithSource(url));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Render_reports_a_bad_source_url_at_the_fact_sheet_not_at_a_partial()
    {
        using var folder = new TemporaryFolder();
        var sheet = folder.Write("in.yaml", WithSource("javascript:alert(1)"));

        var run = CliRun.Of("render", sheet, "--templates", RepositoryRoot.Combine("templates"), "-o", folder.Combine("out.pdf"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{sheet}:21:10: error:", run.Error);
        Assert.DoesNotContain(".sbn", run.Error);
        Assert.False(File.Exists(folder.Combine("out.pdf")));
    }
}
