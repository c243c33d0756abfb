using System.ComponentModel;
using System.Text.RegularExpressions;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Briefing.Cli.Commands;

internal sealed partial class NewSettings : CommonSettings
{
    [CommandArgument(0, "<id>")]
    [Description("Id of the new fact sheet: lower-case letters, digits and -, starting with a letter.")]
    public string Id { get; init; } = "";

    [CommandOption("--folder <DIR>")]
    [Description("Folder to write into.")]
    [DefaultValue("briefs")]
    public string Folder { get; init; } = "briefs";

    public override ValidationResult Validate() =>
        Slug().IsMatch(Id)
            ? ValidationResult.Success()
            : ValidationResult.Error($"`{Id}` is not an id: use lower-case letters, digits and -, starting with a letter, e.g. `jeddah-talks-2025`.");

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex Slug();
}
