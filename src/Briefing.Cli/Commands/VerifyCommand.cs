using Briefing.Snapshots;
using Briefing.Workspace;

namespace Briefing.Cli.Commands;

/// <summary>
/// <c>briefing verify</c>: renders every fact sheet with every template and compares the Markdown, the PDF text
/// and the page images with stored snapshots, so a template author sees which documents a change touched.
/// </summary>
internal static class VerifyCommand
{
    public static int Execute(VerifySettings settings, Terminal terminal, CancellationToken cancellationToken)
    {
        var templatesDirectory = TemplatesLocation.Resolve(settings.TemplatesDirectory);
        if (PathProblem.NotAFolder(settings.Folder) is { } problem)
        {
            terminal.Error.WriteLine($"{settings.Folder}: error: {problem}");
            return ExitCode.Usage;
        }

        if (TemplateSelection.Resolve(templatesDirectory, settings.TemplatesList, terminal) is not { } templates)
        {
            return ExitCode.Usage;
        }

        var (files, _) = FactSheetFiles.Expand([settings.Folder]);
        using var renderer = new BriefingRenderer();
        int changed = 0, failed = 0, total = 0;
        foreach (var file in files)
        {
            foreach (var template in templates)
            {
                cancellationToken.ThrowIfCancellationRequested();
                total++;
                using var stream = File.OpenRead(file);
                var result = renderer.Render(file, stream, new RenderOptions(templatesDirectory, template, settings.Theme) { SystemFonts = settings.SystemFonts, Strict = settings.Strict });
                if (!result.Succeeded)
                {
                    failed++;
                    terminal.Out.WriteLine($"FAILED  {file} with {template}");
                    DiagnosticPrinter.Print(terminal.Error, result.Diagnostics);
                    continue;
                }

                var stem = $"{result.Sheet!.Id}.{template}";
                var fresh = DocumentSnapshots.Create(stem, result.Markdown!, result.Document!);
                if (settings.Accept)
                {
                    DocumentSnapshots.Accept(settings.Snapshots, stem, fresh);
                    terminal.Out.WriteLine($"stored  {stem} ({OutputWriter.Pages(result.Document!.Pages.Count)})");
                    continue;
                }

                var differences = DocumentSnapshots.Compare(settings.Snapshots, stem, fresh);
                if (differences.Count == 0)
                {
                    terminal.Out.WriteLine($"ok      {stem}");
                    continue;
                }

                changed++;
                terminal.Out.WriteLine($"CHANGED {stem}");
                foreach (var difference in differences)
                {
                    terminal.Out.WriteLine($"        {difference.Name}: {difference.Description}");
                }
            }
        }

        if (settings.Accept)
        {
            terminal.Out.WriteLine($"{total - failed} documents stored in {settings.Snapshots}; {failed} failed to render.");
            return failed == 0 ? ExitCode.Success : ExitCode.InvalidInput;
        }

        terminal.Out.WriteLine(changed + failed == 0
            ? $"{total} documents match their snapshots."
            : $"{changed} of {total} documents differ from their snapshots, {failed} failed to render. Look at the new output (briefing render ... --format png), then run: briefing verify --accept");
        return changed + failed == 0 ? ExitCode.Success : ExitCode.InvalidInput;
    }
}
