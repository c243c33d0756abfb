using Briefing.Cli.Parsing;
using System.CommandLine;

namespace Briefing.Cli.Commands;

/// <summary>Options of commands that render with templates.</summary>
internal class TemplateSettings : CommonSettings
{
    public string? TemplatesDirectory { get; init; }

    public string? Theme { get; init; }

    public bool NoSystemFonts { get; init; }

    /// <summary>Whether a quote not found word for word in its source's saved text is an error rather than a warning.</summary>
    public bool Strict { get; init; }

    /// <summary>Whether installed fonts may draw what the template's and shipped fonts cannot; CI pipelines switch them off with the option or the variable.</summary>
    public bool SystemFonts => !NoSystemFonts && Environment.GetEnvironmentVariable("BRIEFING_NO_SYSTEM_FONTS") is not ("1" or "true");

    /// <summary>Declares <c>--templates</c>, <c>--theme</c> and <c>--no-system-fonts</c> on <paramref name="command"/>.</summary>
    public static TemplateOptions DeclareTemplates(Command command)
    {
        var options = new TemplateOptions(
            new Option<string?>("--templates")
            {
                CustomParser = ValueParsers.Path,
                HelpName = "DIR",
                Description = "Templates folder (default: ./templates, else the templates shipped with briefing).",
            },
            new Option<string?>("--theme")
            {
                CustomParser = ValueParsers.ExistingFile,
                HelpName = "FILE",
                Description = "Theme file layered over the template's own theme.yaml: it changes only what it names.",
            },
            new Option<bool>("--no-system-fonts")
            {
                Description = "Draw only with the shipped fonts and those in the templates' fonts/ folder, never with fonts installed on this machine (also: BRIEFING_NO_SYSTEM_FONTS=1).",
            },
            StrictOption());
        command.Options.Add(options.Templates);
        command.Options.Add(options.Theme);
        command.Options.Add(options.NoSystemFonts);
        command.Options.Add(options.Strict);
        return options;
    }

    /// <summary><c>--strict</c>: also taken by <c>validate</c>.</summary>
    public static Option<bool> StrictOption() => new("--strict")
    {
        Description = "A quote not found word for word in its source's saved text, a footnote reference with no note and a note never cited are errors, not warnings.",
    };

    public static new Func<ParseResult, TemplateSettings> Declare(Command command)
    {
        var options = DeclareTemplates(command);
        return parse => new TemplateSettings
        {
            TemplatesDirectory = parse.GetValue(options.Templates),
            Theme = parse.GetValue(options.Theme),
            NoSystemFonts = parse.GetValue(options.NoSystemFonts),
            Strict = parse.GetValue(options.Strict),
        };
    }
}
