using System.CommandLine;

namespace Briefing.Cli.Parsing;

/// <summary>
/// How a command is put together: its settings declare their options on the command and read them back from a
/// parse; the settings' own check runs before the command, so a usage error never starts any work.
/// </summary>
internal static class CommandDefinition
{
    public static Command Create<TSettings>(
        string name,
        string description,
        IReadOnlyList<string> examples,
        Func<Command, Func<ParseResult, TSettings>> declare,
        Func<TSettings, Terminal, CancellationToken, int> execute,
        Terminal terminal,
        CancellationToken cancellationToken)
        where TSettings : Commands.CommonSettings
    {
        var command = new BriefingCommand(name, description, examples);
        var bind = declare(command);
        command.SetAction(parse =>
        {
            var settings = bind(parse);
            if (settings.Validate() is { } problem)
            {
                terminal.Error.WriteLine($"error: {problem} (see briefing {name} --help)");
                return ExitCode.Usage;
            }

            return execute(settings, terminal, cancellationToken);
        });
        return command;
    }
}
