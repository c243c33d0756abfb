using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Cli;

/// <summary>A path that names the wrong kind of thing says what it names, and what to use instead.</summary>
public sealed class PathMessageTests
{
    private static readonly string Riyadh = RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml");
    private static readonly string Templates = RepositoryRoot.Combine("templates");

    [Fact]
    public void A_folder_given_to_render_is_named_a_folder()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Of("render", folder.Path, "--templates", Templates);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{folder.Path}: error: is a folder, not a file; to render every fact sheet of a folder, use `briefing build FOLDER`", run.Error);
        Assert.DoesNotContain("no such file", run.Error);
    }

    [Fact]
    public void A_file_given_to_build_is_named_a_file()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Of("build", Riyadh, "--templates", Templates, "--out", folder.Combine("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{Riyadh}: error: is a file, not a folder; to render one fact sheet, use `briefing render FILE`", run.Error);
    }

    [Fact]
    public void A_folder_given_as_theme_is_named_a_folder()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "--theme", folder.Path, "-o", folder.Combine("out.pdf"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--theme: `{folder.Path}`: is a folder, not a file", run.Error);
        Assert.False(File.Exists(folder.Combine("out.pdf")));
    }

    [Fact]
    public void A_file_given_as_templates_folder_is_named_a_file()
    {
        var run = CliRun.Of("render", Riyadh, "--templates", Riyadh);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{Riyadh}: error: is a file, not a templates folder", run.Error);
    }
}
