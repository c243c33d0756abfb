namespace Briefing.Tests.Cli;

public class AppTests
{
    [Fact]
    public void An_unknown_command_is_a_usage_error()
    {
        var run = CliRun.Of("rendr");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("rendr", run.Error);
    }

    [Fact]
    public void Help_lists_the_commands()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "validate", "schema", "new" })
        {
            Assert.Contains(command, run.Out);
        }
    }
}
