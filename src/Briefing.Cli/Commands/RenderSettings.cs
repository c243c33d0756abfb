using System.CommandLine;
using Briefing.Cli.Parsing;
using Briefing.Export.Pdf;

namespace Briefing.Cli.Commands;

internal sealed class RenderSettings : TemplateSettings
{
    private static readonly IReadOnlyDictionary<string, OutputFormat> Formats = new Dictionary<string, OutputFormat>
    {
        ["pdf"] = OutputFormat.Pdf,
        ["png"] = OutputFormat.Png,
        ["md"] = OutputFormat.Md,
        ["html"] = OutputFormat.Html,
        ["docx"] = OutputFormat.Docx,
    };

    public string[] FactSheets { get; init; } = [];

    public string Template { get; init; } = RenderOptions.DefaultTemplate;

    public OutputFormat Format { get; init; } = OutputFormat.Pdf;

    public string? Output { get; init; }

    public string OutDirectory { get; init; } = "out";

    public float Dpi { get; init; } = 96f;

    public int? Page { get; init; }

    public bool Timings { get; init; }

    /// <summary>The standards the PDF conforms to (<c>--pdf-standard</c>).</summary>
    public PdfStandards Standards { get; init; } = PdfStandards.Default;

    private string? StandardsError { get; init; }

    /// <summary>The format --format names, when it was given: checked against the extension of -o's file.</summary>
    public OutputFormat? FormatGiven { get; private init; }

    // Whether --out was given, rather than left at its default.
    private bool OutGiven { get; init; }

    public static new Func<ParseResult, RenderSettings> Declare(Command command)
    {
        var factSheets = new Argument<string[]>("fact-sheet")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Fact sheets to render (files, or - for standard input).",
        };
        var template = new Option<string>("--template", "-t")
        {
            HelpName = "NAME",
            Description = "Template to render with (see `briefing templates`).",
            DefaultValueFactory = _ => RenderOptions.DefaultTemplate,
        };
        var format = new Option<OutputFormat>("--format", "-f")
        {
            HelpName = "FORMAT",
            Description = "pdf, png (one file per page), html (one self-contained file), docx (Word) or md (the Markdown the template produced). Default: the extension of -o's file, else pdf.",
            CustomParser = ValueParsers.OneOf(Formats),
        };
        var output = new Option<string?>("--output", "-o")
        {
            CustomParser = ValueParsers.Path,
            HelpName = "FILE",
            Description = "Output file for a single fact sheet; - writes to standard output.",
        };
        var outDirectory = new Option<string>("--out")
        {
            CustomParser = ValueParsers.Path,
            HelpName = "DIR",
            Description = "Output folder; files are named <id>.<template>.<ext>.",
            DefaultValueFactory = _ => "out",
        };
        var dpi = new Option<float>("--dpi")
        {
            HelpName = "DPI",
            Description = "Resolution of PNG pages.",
            DefaultValueFactory = _ => 96f,
            CustomParser = ValueParsers.Number,
        };
        var page = new Option<int?>("--page")
        {
            HelpName = "N",
            Description = "With --format png: render only page N (1-based).",
            CustomParser = ValueParsers.WholeNumber,
        };
        var timings = new Option<bool>("--timings") { Description = "Print the time spent in each stage." };
        var standards = new Option<string>("--pdf-standard")
        {
            HelpName = "LIST",
            Description = "Standards the PDF conforms to: ua1 (tagged, accessible), a2 (archival), ua1,a2 (the default) or none (untagged).",
            DefaultValueFactory = _ => "ua1,a2",
        };
        command.Arguments.Add(factSheets);
        command.Options.Add(template);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(outDirectory);
        command.Options.Add(dpi);
        command.Options.Add(page);
        command.Options.Add(timings);
        command.Options.Add(standards);
        var shared = DeclareTemplates(command);
        return parse =>
        {
            var given = parse.GetResult(format) is { Implicit: false } ? parse.GetValue(format) : (OutputFormat?)null;
            var file = parse.GetValue(output);
            return new RenderSettings
            {
                FactSheets = parse.GetValue(factSheets) ?? [],
                Template = parse.GetValue(template)!,
                Format = given ?? (file is null ? null : FileNameFormat.Of(file)) ?? OutputFormat.Pdf,
                FormatGiven = given,
                Output = StandardStream.Names(file) ? StandardStream.Dash : file,
                OutDirectory = parse.GetValue(outDirectory)!,
                OutGiven = parse.GetResult(outDirectory) is { Implicit: false },
                Dpi = parse.GetValue(dpi),
                Page = parse.GetValue(page),
                Timings = parse.GetValue(timings),
                Standards = PdfStandardsText.Parse(parse.GetValue(standards)!, out var wrong) ?? PdfStandards.Default,
                StandardsError = wrong,
                TemplatesDirectory = parse.GetValue(shared.Templates),
                Theme = parse.GetValue(shared.Theme),
                NoSystemFonts = parse.GetValue(shared.NoSystemFonts),
                Strict = parse.GetValue(shared.Strict),
            };
        };
    }

    public override string? Validate()
    {
        if (FactSheets.Length == 0)
        {
            return "Name at least one fact sheet.";
        }

        if (Output is not null && FactSheets.Length > 1)
        {
            return "-o names one output file; with several fact sheets use --out DIR.";
        }

        if (Output is { } output && !StandardStream.Is(output) && OutputFileName.Problem(output) is { } notAFile)
        {
            return notAFile;
        }

        if (Output is { } && OutGiven)
        {
            return "-o names the output file and --out the folder for outputs named by id: give one of them.";
        }

        // A PDF written to memo.png would open as a broken image: the name and the format must agree.
        if (Output is { } named && FormatGiven is { } given && FileNameFormat.Of(named) is { } other && other != given)
        {
            return $"-o `{named}` names {FileNameFormat.Describe(other)}, but --format is {FileNameFormat.Name(given)}: " +
                $"leave out --format to write {FileNameFormat.Describe(other)}, or name the file {FileNameFormat.Extension(given)}.";
        }

        if (Dpi is < 10 or > 1200)
        {
            return "--dpi must be between 10 and 1200.";
        }

        if (StandardsError is { } wrong)
        {
            return $"--pdf-standard: `{wrong}` is not a PDF standard; use {PdfStandardsText.Choices}.";
        }

        if (Page is < 1)
        {
            return "--page counts from 1.";
        }

        if (Output is null && OutFolder.Problem(OutDirectory) is { } notAFolder)
        {
            return notAFolder;
        }

        if (Page is not null && Format != OutputFormat.Png)
        {
            return FormatGiven is null && Output is { } chosen && FileNameFormat.Of(chosen) is { } byName
                ? $"--page applies to PNG pages, and -o `{chosen}` names {FileNameFormat.Describe(byName)}; name the file .png, or give --format png."
                : "--page applies to --format png.";
        }

        return null;
    }
}
