using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Cli;

/// <summary>A page too large to draw as PNG at the asked resolution is refused at once with the resolution that works.</summary>
public class PngSizeTests
{
    private static readonly string Riyadh = RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml");
    private static readonly string Templates = RepositoryRoot.Combine("templates");

    [Fact]
    public void The_largest_page_a_theme_allows_is_refused_as_png_at_the_theme_line_naming_the_limit_and_a_dpi_that_works()
    {
        using var folder = new TemporaryFolder();
        var theme = folder.Write("huge.yaml", "page:\n  width: 14400pt\n  height: 14400pt\n");
        var output = folder.Combine("out");

        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "--theme", theme, "-f", "png", "--out", output);
        var fits = CliRun.Of("render", Riyadh, "--templates", Templates, "--theme", theme, "-f", "png", "--dpi", "40", "--page", "1", "-o", folder.Combine("small.png"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{theme}:3:11: error: page 1 at 96 dpi would be 19,200 × 19,200 pixels, more than the limit of 64,000,000 pixels; choose --dpi 40 or less", run.Error);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
        Assert.Equal(0, fits.ExitCode);
        Assert.True(new FileInfo(folder.Combine("small.png")).Length > 0);
    }
}
