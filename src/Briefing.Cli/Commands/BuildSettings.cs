using System.ComponentModel;
using Briefing.Workspace;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Briefing.Cli.Commands;

internal sealed class BuildSettings : TemplateSettings
{
    [CommandArgument(0, "[folder]")]
    [Description("Folder of fact sheets.")]
    [DefaultValue("briefs")]
    public string Folder { get; init; } = "briefs";

    [CommandOption("--templates-list <NAMES>")]
    [Description("Comma-separated templates to render with (default: every template).")]
    public string? TemplatesList { get; init; }

    [CommandOption("--out <DIR>")]
    [Description("Output folder; also receives manifest.json.")]
    [DefaultValue("out")]
    public string OutDirectory { get; init; } = "out";

    [CommandOption("-j|--jobs <N>")]
    [Description("Documents rendered at once (default: one per core).")]
    public int? Jobs { get; init; }

    [CommandOption("--shard <I/N>")]
    [Description("Render only part I of N of the work (for a CI matrix), e.g. 2/4.")]
    public string? Shard { get; init; }

    public Shard ParsedShard => Shard is null ? Workspace.Shard.All : Workspace.Shard.TryParse(Shard, out var shard) ? shard : Workspace.Shard.All;

    public override ValidationResult Validate()
    {
        if (Shard is not null && !Workspace.Shard.TryParse(Shard, out _))
        {
            return ValidationResult.Error($"--shard `{Shard}`: write I/N with 1 <= I <= N, e.g. 2/4.");
        }

        if (Jobs is < 1)
        {
            return ValidationResult.Error("--jobs must be at least 1.");
        }

        return ValidationResult.Success();
    }
}
