using System.CommandLine;

namespace Briefing.Cli.Commands;

internal sealed class ValidateSettings : CommonSettings
{
    public string[] Paths { get; init; } = [];

    /// <summary>Whether a quote not found word for word in its source's saved text is an error rather than a warning.</summary>
    public bool Strict { get; init; }

    public static new Func<ParseResult, ValidateSettings> Declare(Command command)
    {
        var paths = new Argument<string[]>("file-or-folder")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Fact sheets to check: files, folders (their *.yaml and *.yml files), or - for standard input.",
        };
        command.Arguments.Add(paths);
        var strict = TemplateSettings.StrictOption();
        command.Options.Add(strict);
        return parse => new ValidateSettings { Paths = parse.GetValue(paths) ?? [], Strict = parse.GetValue(strict) };
    }

    public override string? Validate() => Paths.Length == 0 ? "Name at least one fact sheet or folder." : null;
}
