using Briefing.Checking;
using Briefing.Templating;

namespace Briefing.Cli.Commands;

/// <summary><c>briefing check</c>: renders templates against generated fact sheets that reach every branch.</summary>
internal static class CheckCommand
{
    public static int Execute(CheckSettings settings, Terminal terminal, CancellationToken cancellationToken)
    {
        var folder = TemplatesLocation.Resolve(settings.TemplatesDirectory);
        // A mistyped name is wrong usage, said at once with the names there are, as render says it.
        if (settings.Template is { } named && TemplateCatalog.List(folder).Count > 0 && TemplateSelection.Resolve(folder, named, terminal) is null)
        {
            return ExitCode.Usage;
        }

        var templates = TemplateCheck.Templates(folder, settings.Template);
        if (templates.Count == 0)
        {
            terminal.Error.WriteLine($"{folder}: error: no templates (folders with a template.sbn)");
            return ExitCode.Usage;
        }

        using var renderer = new BriefingRenderer();
        var failed = 0;
        foreach (var template in templates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            terminal.Error.WriteLine($"checking {template} with {CheckSheets.All().Count} generated fact sheets ...");
            var findings = TemplateCheck.Run(renderer, folder, template, settings.Theme, settings.SystemFonts);
            DiagnosticPrinter.Print(terminal.Error, findings.Select(f => f.Reported));
            terminal.Out.WriteLine(findings.Count == 0 ? $"{template}: ok" : $"{template}: {findings.Count} problem{(findings.Count == 1 ? "" : "s")}");
            failed += findings.Count == 0 ? 0 : 1;
        }

        return failed == 0 ? ExitCode.Success : ExitCode.InvalidInput;
    }
}
