using System.Diagnostics;
using Briefing.FactSheets;
using Briefing.Workspace;

namespace Briefing.Cli.Commands;

/// <summary><c>briefing render</c>: fact sheets to PDF, PNG pages or the template's Markdown.</summary>
internal static class RenderCommand
{
    public static int Execute(RenderSettings settings, Terminal terminal, CancellationToken cancellationToken)
    {
        var options = new RenderOptions(TemplatesLocation.Resolve(settings.TemplatesDirectory), settings.Template, settings.Theme) { SystemFonts = settings.SystemFonts, Strict = settings.Strict };
        if (PathProblem.NotAFolder(options.TemplatesDirectory, "templates folder") is { } problem)
        {
            terminal.Error.WriteLine($"{options.TemplatesDirectory}: error: {problem}");
            return ExitCode.Usage;
        }

        var known = Templating.TemplateCatalog.List(options.TemplatesDirectory).Select(t => t.Name).ToList();
        if (!known.Contains(settings.Template))
        {
            terminal.Error.WriteLine($"error: unknown template `{settings.Template}`; known templates: {string.Join(", ", known)} (in {options.TemplatesDirectory})");
            return ExitCode.Usage;
        }

        var inputs = settings.FactSheets.ToList();
        var missing = inputs.Select(p => (Path: p, Reason: FactSheetInput.Problem(p, terminal, "to render every fact sheet of a folder, use `briefing build FOLDER`"))).Where(p => p.Reason is not null).ToList();
        foreach (var (path, reason) in missing)
        {
            terminal.Error.WriteLine($"{FactSheetInput.DisplayName(path)}: error: {reason}");
        }

        if (missing.Count > 0)
        {
            return ExitCode.Usage;
        }

        if (inputs.Count(p => p == FactSheetFiles.StandardInput) > 1)
        {
            terminal.Error.WriteLine("error: `-` (standard input) is named more than once; it can be read only once");
            return ExitCode.Usage;
        }

        if (StandardStream.Is(settings.Output) && settings.Format is not (OutputFormat.Md or OutputFormat.Html) && terminal.StandardOutputIsTerminal())
        {
            terminal.Error.WriteLine($"error: -o - writes {FileNameFormat.Describe(settings.Format)} to standard output, which is a terminal; send it to a file (> memo{FileNameFormat.Extension(settings.Format)}) or a pipe");
            return ExitCode.Usage;
        }

        if (settings.Output is { } output && !StandardStream.Is(output) && OutputWriter.Clash(output, settings, options) is { } clash)
        {
            terminal.Error.WriteLine($"error: {clash}");
            return ExitCode.Usage;
        }

        // A name of no output format (memo.jpg, notes.yaml) takes one only when --format says which.
        if (settings.Output is { } named && !StandardStream.Is(named) && settings.FormatGiven is null && OutputFileName.UnknownExtension(named) is { } unknown)
        {
            terminal.Error.WriteLine($"error: {unknown}");
            return ExitCode.Usage;
        }

        using var renderer = new BriefingRenderer();
        var exit = ExitCode.Success;
        var outputOwners = new Dictionary<string, (string FullPath, string Display, FactSheet Sheet)>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            exit = Math.Max(exit, RenderOne(input, settings, options, renderer, terminal, outputOwners, cancellationToken));
        }

        return exit;
    }

    private static int RenderOne(string input, RenderSettings settings, RenderOptions options, BriefingRenderer renderer, Terminal terminal, Dictionary<string, (string FullPath, string Display, FactSheet Sheet)> outputOwners, CancellationToken cancellationToken)
    {
        var display = FactSheetInput.DisplayName(input);
        RenderResult result;
        using (var stream = input == FactSheetFiles.StandardInput ? terminal.OpenStandardInput() : File.OpenRead(input))
        {
            result = settings.Format == OutputFormat.Md
                ? renderer.RenderMarkdown(display, stream, options)
                : renderer.Render(display, stream, options);
        }

        DiagnosticPrinter.Print(terminal.Error, result.Diagnostics);
        var failed = settings.Format == OutputFormat.Md ? result.Markdown is null || result.Diagnostics.Any(d => d.Severity == Diagnostics.Severity.Error) : !result.Succeeded;
        if (failed)
        {
            terminal.Error.WriteLine($"{display}: not rendered; no output written");
            return ExitCode.InvalidInput;
        }

        // Outputs are named by id: of several fact sheets with one id, the first given keeps the name.
        if (settings.Output is null && result.Sheet is { } sheet)
        {
            var full = input == FactSheetFiles.StandardInput ? input : Path.GetFullPath(input);
            if (outputOwners.TryGetValue(sheet.Id, out var owner) && owner.FullPath != full)
            {
                DiagnosticPrinter.Print(terminal.Error, [SharedId.Error(display, sheet, owner.Display, owner.Sheet)]);
                terminal.Error.WriteLine($"{display}: not rendered; no output written");
                return ExitCode.InvalidInput;
            }

            outputOwners.TryAdd(sheet.Id, (full, display, sheet));
        }

        // Writing last, after every check, so a cancelled or failed run leaves earlier output as it was.
        cancellationToken.ThrowIfCancellationRequested();
        var clock = Stopwatch.StartNew();
        var written = OutputWriter.Write(result, settings, terminal);
        var timings = result.Timings with { Export = clock.Elapsed };
        if (written != ExitCode.Success)
        {
            return written;
        }

        if (settings.Timings)
        {
            terminal.Error.WriteLine(
                $"timings: load {Ms(timings.Load)}, template {Ms(timings.Template)}, layout {Ms(timings.Layout)}, " +
                $"export {Ms(timings.Export)}, total {Ms(timings.Total)}");
        }

        return ExitCode.Success;
    }

    private static string Ms(TimeSpan span) => $"{span.TotalMilliseconds:0.0} ms";
}
