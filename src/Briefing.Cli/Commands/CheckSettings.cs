using System.CommandLine;

namespace Briefing.Cli.Commands;

internal sealed class CheckSettings : TemplateSettings
{
    public string? Template { get; init; }

    public static new Func<ParseResult, CheckSettings> Declare(Command command)
    {
        var template = new Argument<string?>("template")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = "The template to check (default: every template of the templates folder).",
        };
        command.Arguments.Add(template);
        var shared = DeclareTemplates(command);
        return parse => new CheckSettings
        {
            Template = parse.GetValue(template),
            TemplatesDirectory = parse.GetValue(shared.Templates),
            Theme = parse.GetValue(shared.Theme),
            NoSystemFonts = parse.GetValue(shared.NoSystemFonts),
        };
    }
}
