using Briefing.Cli.Parsing;
using System.CommandLine;

namespace Briefing.Cli.Commands;

internal sealed class VerifySettings : TemplateSettings
{
    public string Folder { get; init; } = "briefs";

    public string Snapshots { get; init; } = "snapshots";

    public string? TemplatesList { get; init; }

    public bool Accept { get; init; }

    public static new Func<ParseResult, VerifySettings> Declare(Command command)
    {
        var folder = new Argument<string>("folder")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = "Folder of fact sheets.",
            DefaultValueFactory = _ => "briefs",
        };
        var snapshots = new Option<string>("--snapshots")
        {
            CustomParser = ValueParsers.Path,
            HelpName = "DIR",
            Description = "Folder of stored snapshots: <id>.<template>.md, .pdf.txt and .page-N.png.",
            DefaultValueFactory = _ => "snapshots",
        };
        var templatesList = new Option<string?>("--templates-list")
        {
            HelpName = "NAMES",
            Description = "Comma-separated templates to check (default: every template).",
        };
        var accept = new Option<bool>("--accept") { Description = "Store the new snapshots instead of comparing (after you have looked at them)." };
        command.Arguments.Add(folder);
        command.Options.Add(snapshots);
        command.Options.Add(templatesList);
        command.Options.Add(accept);
        var shared = DeclareTemplates(command);
        return parse => new VerifySettings
        {
            Folder = parse.GetValue(folder)!,
            Snapshots = parse.GetValue(snapshots)!,
            TemplatesList = parse.GetValue(templatesList),
            Accept = parse.GetValue(accept),
            TemplatesDirectory = parse.GetValue(shared.Templates),
            Theme = parse.GetValue(shared.Theme),
            NoSystemFonts = parse.GetValue(shared.NoSystemFonts),
            Strict = parse.GetValue(shared.Strict),
        };
    }
}
