using Briefing.Templating;

namespace Briefing.Cli.Commands;

/// <summary><c>briefing templates</c>: lists the templates with their one-line descriptions.</summary>
internal static class TemplatesCommand
{
    public static int Execute(TemplateSettings settings, Terminal terminal, CancellationToken cancellationToken)
    {
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
