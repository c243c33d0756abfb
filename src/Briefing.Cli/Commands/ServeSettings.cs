using System.CommandLine;
using Briefing.Cli.Parsing;
using Briefing.Cli.Serve;

namespace Briefing.Cli.Commands;

internal sealed class ServeSettings : TemplateSettings
{
    public string? Path { get; init; }

    public string Template { get; init; } = RenderOptions.DefaultTemplate;

    public int? Port { get; init; }

    public bool NoOpen { get; init; }

    public string? Editor { get; init; }

    public static new Func<ParseResult, ServeSettings> Declare(Command command)
    {
        var path = new Argument<string?>("fact-sheet-or-folder")
        {
            Description = "The fact sheet to show first, or the folder whose fact sheets to offer (default: the current folder).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var template = new Option<string>("--template", "-t")
        {
            HelpName = "NAME",
            Description = "Template to show first.",
            DefaultValueFactory = _ => RenderOptions.DefaultTemplate,
        };
        var port = new Option<int?>("--port")
        {
            HelpName = "N",
            Description = $"Port to listen on, on 127.0.0.1 and ::1 only (default {ServeOptions.DefaultPort}, else any free port).",
            CustomParser = ValueParsers.WholeNumber,
        };
        var noOpen = new Option<bool>("--no-open") { Description = "Do not open the browser." };
        var editor = new Option<string?>("--editor")
        {
            HelpName = "LINK",
            Description = "Link that opens a file in the editor; {path}, {line} and {column} are filled in (default vscode://file{path}:{line}:{column}).",
        };
        command.Arguments.Add(path);
        command.Options.Add(template);
        command.Options.Add(port);
        command.Options.Add(noOpen);
        command.Options.Add(editor);
        var shared = DeclareTemplates(command);
        return parse => new ServeSettings
        {
            Path = parse.GetValue(path),
            Template = parse.GetValue(template)!,
            Port = parse.GetValue(port),
            NoOpen = parse.GetValue(noOpen),
            Editor = parse.GetValue(editor),
            TemplatesDirectory = parse.GetValue(shared.Templates),
            Theme = parse.GetValue(shared.Theme),
            NoSystemFonts = parse.GetValue(shared.NoSystemFonts),
        };
    }

    public override string? Validate() =>
        Port is < 0 or > 65535 ? $"--port must be from 0 to 65535, not {Port}." : null;
}
