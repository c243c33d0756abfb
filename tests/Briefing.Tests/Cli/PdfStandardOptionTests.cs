using Briefing.Tests.Export;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Cli;

public sealed class PdfStandardOptionTests
{
    private static readonly string Templates = RepositoryRoot.Combine("templates");
    private static readonly string Riyadh = RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml");

    [Fact]
    public void By_default_the_pdf_is_tagged_and_archival()
    {
        using var folder = new TemporaryFolder();
        var output = folder.Combine("memo.pdf");
        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "-o", output);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Empty(PdfConformance.Check(File.ReadAllBytes(output)));
    }

    [Fact]
    public void None_writes_an_untagged_pdf()
    {
        using var folder = new TemporaryFolder();
        var output = folder.Combine("memo.pdf");
        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "--pdf-standard", "none", "-o", output);
        Assert.True(run.ExitCode == 0, run.Error);
        var pdf = ExternalTool.Uncompressed(File.ReadAllBytes(output));
        Assert.DoesNotContain("/StructTreeRoot", pdf);
        Assert.DoesNotContain("/OutputIntents", pdf);
    }

    [Fact]
    public void An_unknown_standard_is_a_usage_error_and_writes_nothing()
    {
        using var folder = new TemporaryFolder();
        var output = folder.Combine("memo.pdf");
        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "--pdf-standard", "ua2", "-o", output);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--pdf-standard: `ua2` is not a PDF standard", run.Error);
        Assert.False(File.Exists(output));
    }
}
