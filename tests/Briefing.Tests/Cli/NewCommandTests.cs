using Briefing.FactSheets;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Cli;

public class NewCommandTests
{
    [Fact]
    public void The_skeleton_validates_as_it_is()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Of("new", "jeddah-talks", "--folder", folder.Path);

        Assert.Equal(0, run.ExitCode);
        var path = folder.Combine("jeddah-talks.yaml");
        var result = FactSheetLoader.Load(path, File.ReadAllText(path));
        Assert.Empty(result.Diagnostics);
        Assert.Equal("jeddah-talks", result.FactSheet!.Id);
    }

    [Fact]
    public void An_existing_file_is_never_overwritten()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("jeddah-talks.yaml", "mine");

        var run = CliRun.Of("new", "jeddah-talks", "--folder", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("exists already", run.Error);
        Assert.Equal("mine", File.ReadAllText(path));
    }

    [Theory]
    [InlineData("Jeddah")]
    [InlineData("9-talks")]
    [InlineData("../escape")]
    public void An_id_that_is_not_a_slug_is_refused(string id)
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Of("new", id, "--folder", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories));
    }
}
