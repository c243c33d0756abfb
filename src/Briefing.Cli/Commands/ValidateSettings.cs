using System.CommandLine;

namespace Briefing.Cli.Commands;

internal sealed class ValidateSettings : CommonSettings
{
    public string[] Paths { get; init; } = [];

    public static new Func<ParseResult, ValidateSettings> Declare(Command command)
    {
        var paths = new Argument<string[]>("file-or-folder")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Fact sheets to check: files, folders (their *.yaml and *.yml files), or - for standard input.",
        };
        command.Arguments.Add(paths);
        return parse => new ValidateSettings { Paths = parse.GetValue(paths) ?? [] };
    }

    public override string? Validate() => Paths.Length == 0 ? "Name at least one fact sheet or folder." : null;
}
