using Spectre.Console;

namespace Briefing.Cli;

/// <summary>The streams a command talks to; passed in so that tests run commands in process.</summary>
internal sealed record Terminal(TextWriter Out, TextWriter Error, Func<Stream> OpenStandardInput, Func<Stream> OpenStandardOutput, bool IsInteractive)
{
    public static Terminal FromConsole() => new(
        new PrintableWriter(new StandardOutputWriter(Console.Out)),
        new PrintableWriter(Console.Error),
        Console.OpenStandardInput,
        Console.OpenStandardOutput,
        !Console.IsErrorRedirected && !IsCi())
    {
        StandardInputClosed = ClosedStandardInput.Detect,
        StandardOutputIsTerminal = () => !Console.IsOutputRedirected,
    };

    /// <summary>Whether standard output goes to a terminal, where a PDF's bytes would be noise that can upset it.</summary>
    public Func<bool> StandardOutputIsTerminal { get; init; } = () => false;

    /// <summary>Whether standard input was closed when the process started, so reading it could never end.</summary>
    public Func<bool> StandardInputClosed { get; init; } = () => false;

    public IAnsiConsole ErrorConsole() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Error is PrintableWriter printable ? printable.Inner : Error),
        Ansi = IsInteractive ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = IsInteractive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = IsInteractive ? InteractionSupport.Detect : InteractionSupport.No,
    });

    /// <summary>CI services set <c>CI</c> (GitHub, GitLab, and most others); output must then be plain lines.</summary>
    public static bool IsCi()
    {
        var ci = Environment.GetEnvironmentVariable("CI");
        return !string.IsNullOrEmpty(ci) && !ci.Equals("false", StringComparison.OrdinalIgnoreCase) && ci != "0";
    }
}
