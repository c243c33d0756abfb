using System.Text;
using Briefing.Cli;

namespace Briefing.Tests.Cli;

/// <summary>Runs the <c>briefing</c> command in process, as a user would type it, and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args) => WithInput("", args);

    public static CliRun WithInput(string standardInput, params string[] args) => Run(standardInput, CancellationToken.None, args);

    /// <summary>Standard output as bytes, for commands that write a PDF or PNG there.</summary>
    public byte[] OutBytes { get; private init; } = [];

    /// <summary>Runs with standard output going to a terminal, as when nothing is redirected.</summary>
    public static CliRun AtTerminal(params string[] args) => Run("", CancellationToken.None, args, outputIsTerminal: true);

    public static CliRun Run(string standardInput, CancellationToken cancellationToken, params string[] args) =>
        Run(standardInput, cancellationToken, args, outputIsTerminal: false);

    private static CliRun Run(string standardInput, CancellationToken cancellationToken, string[] args, bool outputIsTerminal)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var stdout = new MemoryStream();
        var terminal = new Terminal(
            output,
            error,
            () => new MemoryStream(Encoding.UTF8.GetBytes(standardInput)),
            () => stdout,
            IsInteractive: false)
        {
            StandardOutputIsTerminal = () => outputIsTerminal,
        };
        var exit = BriefingApp.Run(args, terminal, cancellationToken);
        return new CliRun(exit, output.ToString() + Encoding.UTF8.GetString(stdout.ToArray()), error.ToString()) { OutBytes = stdout.ToArray() };
    }
}
