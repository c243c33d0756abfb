using Briefing.Cli.Serve;
using Briefing.Preview;

namespace Briefing.Cli.Commands;

/// <summary><c>briefing serve</c>: a live preview in the browser for template authors, until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static int Execute(ServeSettings settings, Terminal terminal, CancellationToken cancellationToken)
    {
        var (workspace, error) = PreviewWorkspace.Open(settings.Path);
        if (workspace is null)
        {
            terminal.Error.WriteLine(error);
            return ExitCode.Usage;
        }

        var templates = TemplatesLocation.Resolve(settings.TemplatesDirectory);
        if (TemplateSelection.Resolve(templates, settings.Template, terminal) is null)
        {
            return ExitCode.Usage;
        }

        var options = new ServeOptions(workspace, templates, settings.Template, settings.Theme, settings.Port,
            EditorLink: settings.Editor ?? ServeOptions.DefaultEditorLink)
        { SystemFonts = settings.SystemFonts };
        return ServeProgram.Run(options, !settings.NoOpen, terminal, cancellationToken).GetAwaiter().GetResult();
    }
}
