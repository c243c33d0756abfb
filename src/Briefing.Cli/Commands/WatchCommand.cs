using System.Diagnostics;
using Briefing.Workspace;

namespace Briefing.Cli.Commands;

/// <summary>
/// <c>briefing watch</c>: renders, then renders again whenever the fact sheet, the templates folder (template,
/// partials, theme) or the theme file changes, until Ctrl+C. A failed render keeps the last good PDF.
/// </summary>
internal static class WatchCommand
{
    // Editors save in bursts (write, rename, touch); one render per burst.
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(200);

    public static int Execute(WatchSettings settings, Terminal terminal, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.FactSheet))
        {
            terminal.Error.WriteLine($"{settings.FactSheet}: error: {PathProblem.NotAFile(settings.FactSheet, "watch follows one fact sheet") ?? "no such file"}");
            return ExitCode.Usage;
        }

        var options = new RenderOptions(TemplatesLocation.Resolve(settings.TemplatesDirectory), settings.Template, settings.Theme) { SystemFonts = settings.SystemFonts, Strict = settings.Strict };
        if (settings.Output is { } output && Clash(output, settings, options) is { } clash)
        {
            terminal.Error.WriteLine($"error: {clash}");
            return ExitCode.Usage;
        }

        if (settings.Output is { } named && FileNameFormat.Unknown(named) is { } extension)
        {
            terminal.Error.WriteLine($"error: -o `{named}`: watch keeps a PDF up to date, and `{extension}` is not its extension: name the file .pdf.");
            return ExitCode.Usage;
        }

        // Every render would fail to write: said once, before the first.
        if (settings.Output is { } target && AtomicFile.Obstacle(target) is { } inTheWay)
        {
            terminal.Error.WriteLine($"error: cannot write the output: {inTheWay}");
            return ExitCode.Internal;
        }

        using var changes = new SemaphoreSlim(0);
        var watchers = Watch(settings, options, () => changes.Release());
        try
        {
            using var renderer = new BriefingRenderer();
            RenderOnce(settings, options, renderer, terminal);
            terminal.Error.WriteLine("watching for changes; press Ctrl+C to stop");
            // Only cancellation ends the loop, also when it comes during a render.
            while (true)
            {
                changes.Wait(cancellationToken);
                // Let the burst settle, then drain the events it queued.
                while (changes.Wait(Quiet, cancellationToken))
                {
                }

                RenderOnce(settings, options, renderer, terminal);
            }
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C is how watching ends, but it is still an interruption: scripts see 130, as for every command.
            terminal.Error.WriteLine("stopped watching");
            return ExitCode.Cancelled;
        }
        finally
        {
            foreach (var watcher in watchers)
            {
                watcher.Dispose();
            }
        }
    }

    private static void RenderOnce(WatchSettings settings, RenderOptions options, BriefingRenderer renderer, Terminal terminal)
    {
        var clock = Stopwatch.StartNew();
        RenderResult result;
        try
        {
            using var stream = new FileStream(settings.FactSheet, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            result = renderer.Render(settings.FactSheet, stream, options);
        }
        catch (IOException e)
        {
            terminal.Error.WriteLine($"{settings.FactSheet}: error: cannot read the file: {e.Message}");
            return;
        }

        DiagnosticPrinter.Print(terminal.Error, result.Diagnostics);
        if (!result.Succeeded)
        {
            terminal.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] not rendered; the last good PDF is unchanged");
            return;
        }

        var path = settings.Output ?? Path.Combine(settings.OutDirectory, $"{result.Sheet!.Id}.{settings.Template}.pdf");
        try
        {
            if (Clash(path, settings, options, result.SideFiles) is { } clash)
            {
                throw new IOException(clash);
            }

            AtomicFile.WriteAllBytes(path, BriefingRenderer.ToPdf(result.Document!));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            terminal.Error.WriteLine($"{path}: error: cannot write the output: {e.Message}");
            return;
        }

        terminal.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] wrote {path} ({OutputWriter.Pages(result.Document!.Pages.Count)}) in {clock.Elapsed.TotalMilliseconds:0} ms");
    }

    // sideFiles: what the loaded fact sheet names beside itself (a source's saved text, a marking scheme), inputs too.
    private static string? Clash(string output, WatchSettings settings, RenderOptions options, IReadOnlyList<string>? sideFiles = null) =>
        new OutputClash([settings.FactSheet, .. settings.Theme is { } theme ? [theme] : Array.Empty<string>(), .. sideFiles ?? []], [options.TemplatesDirectory]).Find(output);

    private static List<FileSystemWatcher> Watch(WatchSettings settings, RenderOptions options, Action changed)
    {
        var factSheet = Path.GetFullPath(settings.FactSheet);
        var watchers = new List<FileSystemWatcher>
        {
            Watcher(Path.GetDirectoryName(factSheet)!, Path.GetFileName(factSheet), recursive: false, changed),
            Watcher(Path.GetFullPath(options.TemplatesDirectory), "*", recursive: true, changed),
        };
        if (settings.Theme is { } theme)
        {
            var full = Path.GetFullPath(theme);
            watchers.Add(Watcher(Path.GetDirectoryName(full)!, Path.GetFileName(full), recursive: false, changed));
        }

        return watchers;
    }

    private static FileSystemWatcher Watcher(string folder, string filter, bool recursive, Action changed)
    {
        var watcher = new FileSystemWatcher(folder, filter)
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        watcher.Changed += (_, _) => changed();
        watcher.Created += (_, _) => changed();
        watcher.Renamed += (_, _) => changed();
        watcher.Deleted += (_, _) => changed();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
