using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Briefing.Cli.Commands;

internal sealed class ValidateSettings : CommonSettings
{
    [CommandArgument(0, "<file-or-folder>")]
    [Description("Fact sheets to check: files, folders (their *.yaml and *.yml files), or - for standard input.")]
    public string[] Paths { get; init; } = [];

    public override ValidationResult Validate() =>
        Paths.Length == 0 ? ValidationResult.Error("Name at least one fact sheet or folder.") : ValidationResult.Success();
}
