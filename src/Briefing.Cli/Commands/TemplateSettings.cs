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

    [CommandOption("--no-system-fonts")]
    [Description("Draw only with the shipped fonts and those in the templates' fonts/ folder, never with fonts installed on this machine (also: BRIEFING_NO_SYSTEM_FONTS=1).")]
    public bool NoSystemFonts { get; init; }

    /// <summary>Whether installed fonts may draw what the template's and shipped fonts cannot; CI pipelines switch them off with the option or the variable.</summary>
    public bool SystemFonts => !NoSystemFonts && Environment.GetEnvironmentVariable("BRIEFING_NO_SYSTEM_FONTS") is not ("1" or "true");
}
