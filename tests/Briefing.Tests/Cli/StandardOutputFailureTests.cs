using System.Text;
using Briefing.Cli;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Cli;

/// <summary>A standard output that cannot be written is reported in one line by every command, never as an internal error.</summary>
public class StandardOutputFailureTests
{
    [Theory]
    [InlineData("closed", "error: cannot write to standard output: it is closed or not open for writing")]
    [InlineData("full", "error: cannot write to standard output: No space left on device")]
    public void Every_command_that_prints_names_the_failure(string how, string expected)
    {
        string[][] commands = [["schema"], ["--help"], ["templates", "--templates", RepositoryRoot.Combine("templates")], ["validate", RepositoryRoot.Combine("briefs")]];
        foreach (var args in commands)
        {
            var error = new StringWriter();
            var terminal = new Terminal(new StandardOutputWriter(new Failing(how)), error, () => new MemoryStream(), () => new MemoryStream(), IsInteractive: false);

            var exit = BriefingApp.Run(args, terminal);

            Assert.True(exit == 3, $"{args[0]}: exit {exit}, {error}");
            Assert.Contains(expected, error.ToString());
            Assert.DoesNotContain("internal error", error.ToString());
        }
    }

    // What .NET throws when descriptor 1 is closed (EBADF) or its disk is full (ENOSPC).
    private sealed class Failing(string how) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw Failure();

        public override void Write(string? value) => throw Failure();

        public override void Write(char[] buffer, int index, int count) => throw Failure();

        public override void WriteLine(string? value) => throw Failure();

        private Exception Failure() => how == "closed" ? new UnauthorizedAccessException("Access to the path is denied.") : new IOException("No space left on device");
    }
}
