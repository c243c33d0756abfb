using System.ComponentModel;
using Spectre.Console.Cli;

namespace Briefing.Cli.Commands;

/// <summary>Options of commands that render with templates.</summary>
internal class TemplateSettings : CommonSettings
{
    [CommandOption("--templates <DIR>")]
    [Description("Templates folder (default: ./templates, else the templates shipped with briefing).")]
    public string? TemplatesDirectory { get; init; }

    [CommandOption("--theme <FILE>")]
    [Description("Theme file to use instead of the template's own theme.yaml.")]
    public string? Theme { get; init; }
}
