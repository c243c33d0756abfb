using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Briefing.Cli.Commands;

internal sealed class WatchSettings : TemplateSettings
{
    [CommandArgument(0, "<fact-sheet>")]
    [Description("The fact sheet to render whenever it, the template, a partial or the theme changes.")]
    public string FactSheet { get; init; } = "";

    [CommandOption("-t|--template <NAME>")]
    [Description("Template to render with.")]
    [DefaultValue(RenderOptions.DefaultTemplate)]
    public string Template { get; init; } = RenderOptions.DefaultTemplate;

    [CommandOption("-o|--output <FILE>")]
    [Description("The PDF to keep up to date (default out/<id>.<template>.pdf).")]
    public string? Output { get; init; }

    [CommandOption("--out <DIR>")]
    [Description("Output folder when -o is not given.")]
    [DefaultValue("out")]
    public string OutDirectory { get; init; } = "out";

    public override ValidationResult Validate() =>
        StandardStream.Is(FactSheet) ? ValidationResult.Error("watch needs a fact-sheet file, not standard input.") : ValidationResult.Success();
}
