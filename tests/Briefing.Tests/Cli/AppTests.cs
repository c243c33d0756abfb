using Briefing.Cli;

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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_internal_error_is_one_line_and_exit_3_with_details_only_when_verbose(bool verbose)
    {
        // Standard output closed under the program (a pipe whose reader went away) is not the user's mistake.
        var error = new StringWriter();
        var terminal = new Terminal(new BrokenWriter(), error, () => new MemoryStream(), () => new MemoryStream(), IsInteractive: false);
        var exit = BriefingApp.Run(verbose ? ["schema", "--verbose"] : ["schema"], terminal);

        Assert.Equal(3, exit);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("internal error: IOException: Broken pipe", lines[0]);
        if (verbose)
        {
            Assert.Contains(lines, l => l.Contains("   at ", StringComparison.Ordinal));
        }
        else
        {
            Assert.Equal(["run with --verbose for details"], lines.Skip(1));
        }
    }

    private sealed class BrokenWriter : StringWriter
    {
        public override void Write(string? value) => throw new IOException("Broken pipe");

        public override void Write(char value) => throw new IOException("Broken pipe");
    }
}
