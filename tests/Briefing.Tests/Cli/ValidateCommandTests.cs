using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Cli;

public class ValidateCommandTests
{
    private const string Riyadh = "briefs/2025-02-18-riyadh-us-russia-talks.yaml";

    [Fact]
    public void The_riyadh_brief_is_valid()
    {
        var run = CliRun.Of("validate", RepositoryRoot.Combine(Riyadh));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("", run.Error);
        Assert.Contains("1 fact sheet valid.", run.Out);
    }

    [Fact]
    public void Every_brief_in_the_repository_is_valid()
    {
        var run = CliRun.Of("validate", RepositoryRoot.Combine("briefs"));

        Assert.True(run.ExitCode == 0, run.Error);
    }

    [Fact]
    public void Every_test_brief_is_valid()
    {
        var run = CliRun.Of("validate", RepositoryRoot.Combine("tests", "Briefing.Tests", "Briefs"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("5 fact sheets valid.", run.Out);
    }

    [Fact]
    public void A_folder_with_one_bad_sheet_reports_it_with_its_position_and_exits_1()
    {
        using var folder = new TemporaryFolder();
        File.Copy(RepositoryRoot.Combine(Riyadh), folder.Combine("good.yaml"));
        var bad = folder.Write("bad.yaml", File.ReadAllText(RepositoryRoot.Combine(Riyadh)).Replace("\nsummary:", "\nsumary:"));
        var line = File.ReadAllLines(bad).ToList().FindIndex(l => l.StartsWith("sumary:")) + 1;

        var run = CliRun.Of("validate", folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{bad}:{line}:1: error:", run.Error);
        Assert.Contains("summary", run.Error);
        Assert.Contains("good.yaml: ok", run.Out);
        Assert.Contains("1 of 2 fact sheets invalid.", run.Out);
    }

    [Fact]
    public void Standard_input_is_read_with_a_dash()
    {
        var run = CliRun.WithInput("schema: briefing/v1\n", "validate", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("<stdin>:", run.Error);
    }

    [Fact]
    public void A_missing_path_is_a_usage_error()
    {
        var run = CliRun.Of("validate", "no/such/file.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no/such/file.yaml: error: no such file or folder", run.Error);
    }

    [Fact]
    public void No_path_is_a_usage_error()
    {
        var run = CliRun.Of("validate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("file-or-folder", run.Error);
    }

    [Fact]
    public void Help_describes_the_command_with_an_example()
    {
        var run = CliRun.Of("validate", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("briefing validate briefs", run.Out);
    }
}
