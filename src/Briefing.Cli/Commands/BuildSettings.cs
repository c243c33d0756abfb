using System.CommandLine;
using Briefing.Building;
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

    public bool Force { get; init; }

    /// <summary>The <c>--formats</c> text as given; <see cref="ParsedFormats"/> reads it.</summary>
    public string Formats { get; init; } = "pdf";

    /// <summary>The formats asked for, in the order given, or null when one is not a format a build writes.</summary>
    public IReadOnlyList<BuildFormat>? ParsedFormats => ReadFormats(Formats);

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
            CustomParser = ValueParsers.Path,
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
        var formats = new Option<string>("--formats")
        {
            HelpName = "LIST",
            Description = "Comma-separated formats written for every document: pdf, docx, html (default: pdf).",
            DefaultValueFactory = _ => "pdf",
        };
        var shard = new Option<string?>("--shard")
        {
            HelpName = "I/N",
            Description = "Render only part I of N of the work (for a CI matrix), e.g. 2/4.",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Render every document, even those whose inputs are unchanged since the last build (by default they are kept, as manifest.json records).",
        };
        command.Arguments.Add(folder);
        command.Options.Add(templatesList);
        command.Options.Add(outDirectory);
        command.Options.Add(jobs);
        command.Options.Add(shard);
        command.Options.Add(formats);
        command.Options.Add(force);
        var shared = DeclareTemplates(command);
        return parse => new BuildSettings
        {
            Folder = parse.GetValue(folder)!,
            TemplatesList = parse.GetValue(templatesList),
            OutDirectory = parse.GetValue(outDirectory)!,
            Jobs = parse.GetValue(jobs),
            Shard = parse.GetValue(shard),
            Formats = parse.GetValue(formats)!,
            Force = parse.GetValue(force),
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

        if (ParsedFormats is null)
        {
            return $"--formats `{Formats}`: write a comma-separated list of pdf, docx and html, e.g. pdf,docx,html" +
                (Formats.Split(',').Any(f => f.Trim().ToLowerInvariant() is "png" or "md" or "markdown")
                    ? " (PNG pages and the template's Markdown come from `briefing render --format png` or `--format md`)."
                    : ".");
        }

        if (Jobs is < 1)
        {
            return "--jobs must be at least 1.";
        }

        if (OutFolder.Problem(OutDirectory) is { } notAFolder)
        {
            return notAFolder;
        }

        return null;
    }

    private static IReadOnlyList<BuildFormat>? ReadFormats(string text)
    {
        var formats = new List<BuildFormat>();
        foreach (var word in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            BuildFormat? format = word.ToLowerInvariant() switch
            {
                "pdf" => BuildFormat.Pdf,
                "docx" => BuildFormat.Docx,
                "html" => BuildFormat.Html,
                _ => null,
            };
            if (format is not { } known)
            {
                return null;
            }

            if (!formats.Contains(known))
            {
                formats.Add(known);
            }
        }

        return formats.Count == 0 ? null : formats;
    }
}
