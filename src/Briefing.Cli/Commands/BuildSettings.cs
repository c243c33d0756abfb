using System.CommandLine;
using Briefing.Cli.Parsing;
using Briefing.Workspace;

namespace Briefing.Cli.Commands;

internal sealed class BuildSettings : TemplateSettings
{
    public string Folder { get; init; } = "briefs";

    public string? TemplatesList { get; init; }

    public string OutDirectory { get; init; } = "out";

    public int? Jobs { get; init; }

    public string? Shard { get; init; }

    public Shard ParsedShard => Shard is null ? Workspace.Shard.All : Workspace.Shard.TryParse(Shard, out var shard) ? shard : Workspace.Shard.All;

    public static new Func<ParseResult, BuildSettings> Declare(Command command)
    {
        var folder = new Argument<string>("folder")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = "Folder of fact sheets.",
            DefaultValueFactory = _ => "briefs",
        };
        var templatesList = new Option<string?>("--templates-list")
        {
            HelpName = "NAMES",
            Description = "Comma-separated templates to render with (default: every template).",
        };
        var outDirectory = new Option<string>("--out")
        {
            HelpName = "DIR",
            Description = "Output folder; also receives manifest.json.",
            DefaultValueFactory = _ => "out",
        };
        var jobs = new Option<int?>("--jobs", "-j")
        {
            HelpName = "N",
            Description = "Documents rendered at once (default: one per core).",
            CustomParser = ValueParsers.WholeNumber,
        };
        var shard = new Option<string?>("--shard")
        {
            HelpName = "I/N",
            Description = "Render only part I of N of the work (for a CI matrix), e.g. 2/4.",
        };
        command.Arguments.Add(folder);
        command.Options.Add(templatesList);
        command.Options.Add(outDirectory);
        command.Options.Add(jobs);
        command.Options.Add(shard);
        var shared = DeclareTemplates(command);
        return parse => new BuildSettings
        {
            Folder = parse.GetValue(folder)!,
            TemplatesList = parse.GetValue(templatesList),
            OutDirectory = parse.GetValue(outDirectory)!,
            Jobs = parse.GetValue(jobs),
            Shard = parse.GetValue(shard),
            TemplatesDirectory = parse.GetValue(shared.Templates),
            Theme = parse.GetValue(shared.Theme),
            NoSystemFonts = parse.GetValue(shared.NoSystemFonts),
            Strict = parse.GetValue(shared.Strict),
        };
    }

    public override string? Validate()
    {
        if (Shard is not null && !Workspace.Shard.TryParse(Shard, out _))
        {
            return $"--shard `{Shard}`: write I/N with 1 <= I <= N, e.g. 2/4.";
        }

        if (Jobs is < 1)
        {
            return "--jobs must be at least 1.";
        }

        return null;
    }
}
