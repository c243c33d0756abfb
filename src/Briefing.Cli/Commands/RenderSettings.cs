using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Briefing.Cli.Commands;

internal sealed class RenderSettings : TemplateSettings
{
    [CommandArgument(0, "<fact-sheet>")]
    [Description("Fact sheets to render (files, or - for standard input).")]
    public string[] FactSheets { get; init; } = [];

    [CommandOption("-t|--template <NAME>")]
    [Description("Template to render with (see `briefing templates`).")]
    [DefaultValue(RenderOptions.DefaultTemplate)]
    public string Template { get; init; } = RenderOptions.DefaultTemplate;

    [CommandOption("-f|--format <FORMAT>")]
    [Description("pdf, png (one file per page) or md (the Markdown the template produced).")]
    [DefaultValue(OutputFormat.Pdf)]
    public OutputFormat Format { get; init; } = OutputFormat.Pdf;

    [CommandOption("-o|--output <FILE>")]
    [Description("Output file for a single fact sheet; - writes to standard output.")]
    public string? Output { get; init; }

    [CommandOption("--out <DIR>")]
    [Description("Output folder; files are named <id>.<template>.<ext>.")]
    [DefaultValue("out")]
    public string OutDirectory { get; init; } = "out";

    [CommandOption("--dpi <DPI>")]
    [Description("Resolution of PNG pages.")]
    [DefaultValue(96f)]
    public float Dpi { get; init; } = 96f;

    [CommandOption("--page <N>")]
    [Description("With --format png: render only page N (1-based).")]
    public int? Page { get; init; }

    [CommandOption("--timings")]
    [Description("Print the time spent in each stage.")]
    public bool Timings { get; init; }

    public override ValidationResult Validate()
    {
        if (FactSheets.Length == 0)
        {
            return ValidationResult.Error("Name at least one fact sheet.");
        }

        if (Output is not null && FactSheets.Length > 1)
        {
            return ValidationResult.Error("-o names one output file; with several fact sheets use --out DIR.");
        }

        if (Dpi is < 10 or > 1200)
        {
            return ValidationResult.Error("--dpi must be between 10 and 1200.");
        }

        if (Page is < 1)
        {
            return ValidationResult.Error("--page counts from 1.");
        }

        if (Page is not null && Format != OutputFormat.Png)
        {
            return ValidationResult.Error("--page applies to --format png.");
        }

        return ValidationResult.Success();
    }
}
