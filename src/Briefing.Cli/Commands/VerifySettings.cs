using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Briefing.Cli.Commands;

internal sealed class VerifySettings : TemplateSettings
{
    [CommandArgument(0, "[folder]")]
    [Description("Folder of fact sheets.")]
    [DefaultValue("briefs")]
    public string Folder { get; init; } = "briefs";

    [CommandOption("--snapshots <DIR>")]
    [Description("Folder of stored snapshots: <id>.<template>.md, .pdf.txt and .page-N.png.")]
    [DefaultValue("snapshots")]
    public string Snapshots { get; init; } = "snapshots";

    [CommandOption("--templates-list <NAMES>")]
    [Description("Comma-separated templates to check (default: every template).")]
    public string? TemplatesList { get; init; }

    [CommandOption("--accept")]
    [Description("Store the new snapshots instead of comparing (after you have looked at them).")]
    public bool Accept { get; init; }

    public override ValidationResult Validate() => ValidationResult.Success();
}
