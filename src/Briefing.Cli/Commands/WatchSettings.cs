using Briefing.Cli.Parsing;
using System.CommandLine;

namespace Briefing.Cli.Commands;

internal sealed class WatchSettings : TemplateSettings
{
    public string FactSheet { get; init; } = "";

    public string Template { get; init; } = RenderOptions.DefaultTemplate;

    public string? Output { get; init; }

    public string OutDirectory { get; init; } = "out";

    public static new Func<ParseResult, WatchSettings> Declare(Command command)
    {
        var factSheet = new Argument<string>("fact-sheet") { Description = "The fact sheet to render whenever it, the template, a partial or the theme changes." };
        var template = new Option<string>("--template", "-t")
        {
            HelpName = "NAME",
            Description = "Template to render with.",
            DefaultValueFactory = _ => RenderOptions.DefaultTemplate,
        };
        var output = new Option<string?>("--output", "-o")
        {
            CustomParser = ValueParsers.Path,
            HelpName = "FILE",
            Description = "The PDF to keep up to date (default out/<id>.<template>.pdf).",
        };
        var outDirectory = new Option<string>("--out")
        {
            CustomParser = ValueParsers.Path,
            HelpName = "DIR",
            Description = "Output folder when -o is not given.",
            DefaultValueFactory = _ => "out",
        };
        command.Arguments.Add(factSheet);
        command.Options.Add(template);
        command.Options.Add(output);
        command.Options.Add(outDirectory);
        var shared = DeclareTemplates(command);
        return parse => new WatchSettings
        {
            FactSheet = parse.GetValue(factSheet) ?? "",
            Template = parse.GetValue(template)!,
            Output = parse.GetValue(output),
            OutDirectory = parse.GetValue(outDirectory)!,
            TemplatesDirectory = parse.GetValue(shared.Templates),
            Theme = parse.GetValue(shared.Theme),
            NoSystemFonts = parse.GetValue(shared.NoSystemFonts),
            Strict = parse.GetValue(shared.Strict),
        };
    }

    public override string? Validate() =>
        StandardStream.Is(FactSheet) ? "watch needs a fact-sheet file, not standard input."
        : Output is null ? OutFolder.Problem(OutDirectory)
        : StandardStream.Is(Output) || StandardStream.Names(Output) ? "watch keeps a PDF file up to date: -o names that file, not standard output."
        : OutputFileName.Problem(Output) is { } notAFile ? notAFile
        : FileNameFormat.Of(Output) is { } other and not OutputFormat.Pdf
            ? $"-o `{Output}` names {FileNameFormat.Describe(other)}, but watch keeps a PDF up to date: name the file .pdf."
        : null;
}
