using Briefing.FactSheets;
using Briefing.Workspace;

namespace Briefing.Cli.Commands;

/// <summary><c>briefing validate</c>: checks fact sheets against the briefing/v1 format.</summary>
internal static class ValidateCommand
{
    public static int Execute(ValidateSettings settings, Terminal terminal, CancellationToken cancellationToken)
    {
        var (files, missing) = FactSheetFiles.Expand(settings.Paths);
        foreach (var path in missing)
        {
            terminal.Error.WriteLine($"{path}: error: no such file or folder");
        }

        if (files.Contains(FactSheetFiles.StandardInput) && FactSheetInput.Problem(FactSheetFiles.StandardInput, terminal, "") is { } closed)
        {
            terminal.Error.WriteLine($"{FactSheetInput.DisplayName(FactSheetFiles.StandardInput)}: error: {closed}");
            return ExitCode.Usage;
        }

        if (missing.Count > 0)
        {
            return ExitCode.Usage;
        }

        if (files.Count == 0)
        {
            terminal.Error.WriteLine($"error: no fact sheets (*.yaml, *.yml) in {string.Join(", ", settings.Paths)}");
            return ExitCode.Usage;
        }

        var invalid = 0;
        foreach (var file in files)
        {
            var result = FactSheetInput.Load(file, terminal, settings.Strict);
            DiagnosticPrinter.Print(terminal.Error, result.Diagnostics);
            if (result.Succeeded)
            {
                terminal.Out.WriteLine($"{FactSheetInput.DisplayName(file)}: ok");
            }
            else
            {
                invalid++;
            }
        }

        terminal.Out.WriteLine(invalid == 0
            ? $"{files.Count} fact sheet{(files.Count == 1 ? "" : "s")} valid."
            : $"{invalid} of {files.Count} fact sheet{(files.Count == 1 ? "" : "s")} invalid.");
        return invalid == 0 ? ExitCode.Success : ExitCode.InvalidInput;
    }
}
