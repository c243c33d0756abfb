using Briefing.Cli.Parsing;
using System.CommandLine;

namespace Briefing.Cli.Commands;

internal sealed partial class NewSettings : CommonSettings
{
    public string Id { get; init; } = "";

    public string Folder { get; init; } = "briefs";

    public static new Func<ParseResult, NewSettings> Declare(Command command)
    {
        var id = new Argument<string>("id") { Description = "Id of the new fact sheet: lower-case letters, digits and -, starting with a letter." };
        var folder = new Option<string>("--folder")
        {
            CustomParser = ValueParsers.Path,
            HelpName = "DIR",
            Description = "Folder to write into.",
            DefaultValueFactory = _ => "briefs",
        };
        command.Arguments.Add(id);
        command.Options.Add(folder);
        return parse => new NewSettings { Id = parse.GetValue(id) ?? "", Folder = parse.GetValue(folder)! };
    }

    // The fact-sheet format's rule for an id, so that `new` never writes a sheet that fails to validate.
    public override string? Validate() =>
        FactSheets.Format.ScalarFormats.IsSlug(Id)
            ? null
            : $"`{Id}` is not an id: use lower-case letters, digits and -, starting with a letter, at most {FactSheets.Format.ScalarFormats.SlugMaxLength} characters, e.g. `jeddah-talks-2025`.";
}
