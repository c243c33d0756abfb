using Briefing.Templating;
using Spectre.Console.Cli;

namespace Briefing.Cli.Commands;

/// <summary><c>briefing templates</c>: lists the templates with their one-line descriptions.</summary>
internal sealed class TemplatesCommand : Command<TemplateSettings>
{
    public override int Execute(CommandContext context, TemplateSettings settings, CancellationToken cancellationToken)
    {
        var terminal = (Terminal)context.Data!;
        var folder = TemplatesLocation.Resolve(settings.TemplatesDirectory);
        var templates = TemplateCatalog.List(folder);
        if (templates.Count == 0)
        {
            terminal.Error.WriteLine($"{folder}: error: no templates (folders with a template.sbn)");
            return ExitCode.Usage;
        }

        var width = templates.Max(t => t.Name.Length);
        foreach (var template in templates)
        {
            terminal.Out.WriteLine($"{template.Name.PadRight(width)}  {template.Description}");
        }

        return ExitCode.Success;
    }
}
