using Briefing.Building;
using Briefing.Workspace;
using Spectre.Console;

namespace Briefing.Cli.Commands;

/// <summary><c>briefing build</c>: every fact sheet of a folder with every template, in parallel, with a manifest.</summary>
internal static class BuildCommand
{
    public static int Execute(BuildSettings settings, Terminal terminal, CancellationToken cancellationToken)
    {
        var templatesDirectory = TemplatesLocation.Resolve(settings.TemplatesDirectory);
        if (PathProblem.NotAFolder(settings.Folder) is { } problem)
        {
            terminal.Error.WriteLine($"{settings.Folder}: error: {problem}" + (File.Exists(settings.Folder) ? "; to render one fact sheet, use `briefing render FILE`" : ""));
            return ExitCode.Usage;
        }

        if (TemplateSelection.Resolve(templatesDirectory, settings.TemplatesList, terminal) is not { } templates)
        {
            return ExitCode.Usage;
        }

        // The manifest replaces whatever file is there; anything else in its place would fail only at the end.
        var manifestPath = Path.Combine(settings.OutDirectory, "manifest.json");
        if (FileIdentity.Of(manifestPath).Kind is not (FileKind.Missing or FileKind.Regular))
        {
            terminal.Error.WriteLine($"{manifestPath}: error: is not a file, and the build writes its manifest there; move it away or choose another --out");
            return ExitCode.Usage;
        }

        var (files, _) = FactSheetFiles.Expand([settings.Folder]);
        using var exclusive = BuildLock.Take(settings.OutDirectory, () => terminal.Error.WriteLine(
            $"waiting: another build is writing to {settings.OutDirectory} (it holds {Path.Combine(settings.OutDirectory, BuildLock.FileName)}); Ctrl+C to give up"), cancellationToken);

        // The old manifest is read (its outputs may be reused), then goes first and the new one comes last: a build
        // stopped in between leaves no manifest, never one whose checksums describe files this build has since replaced.
        var request = new BuildRequest(files, templates, templatesDirectory, settings.OutDirectory,
            settings.Jobs ?? Environment.ProcessorCount, settings.ParsedShard, settings.Theme)
        {
            SystemFonts = settings.SystemFonts,
            Strict = settings.Strict,
            Formats = settings.ParsedFormats!,
            Force = settings.Force,
            Previous = BuildManifest.Read(manifestPath, Directory.GetCurrentDirectory()),
        };
        var planned = request.Plan().Count;
        File.Delete(manifestPath);
        var outcomes = terminal.IsInteractive
            ? RunWithProgressBar(request, planned, terminal, cancellationToken)
            : RunWithLines(request, planned, terminal, cancellationToken);

        cancellationToken.ThrowIfCancellationRequested();
        var settled = StaleOutputs.Settle(request, outcomes);
        foreach (var path in settled.Removed)
        {
            terminal.Error.WriteLine($"removed {Path.GetRelativePath(Directory.GetCurrentDirectory(), path)}: the previous build wrote it and this one no longer makes it");
        }

        foreach (var path in settled.Changed)
        {
            terminal.Error.WriteLine($"{Path.GetRelativePath(Directory.GetCurrentDirectory(), path)}: warning: changed since the build that wrote it; left in place and no longer listed in the manifest");
        }

        AtomicFile.WriteAllText(manifestPath, BuildManifest.ToJson(outcomes, Directory.GetCurrentDirectory(), settled.Kept));
        return Summarize(outcomes, settings, terminal);
    }

    private static IReadOnlyList<BuildOutcome> RunWithLines(BuildRequest request, int planned, Terminal terminal, CancellationToken cancellationToken)
    {
        var done = 0;
        var gate = new object();
        return BriefingBuild.Run(request, outcome =>
        {
            lock (gate)
            {
                done++;
                terminal.Error.WriteLine(outcome.Succeeded
                    ? $"[{done}/{planned}] {(outcome.Reused ? "reused" : "ok    ")} {string.Join(", ", outcome.Outputs.Select(o => o.Path))} ({OutputWriter.Pages(outcome.Pages)})"
                    : $"[{done}/{planned}] FAILED {outcome.Job.FactSheetPath} with {outcome.Job.Template}");
            }
        }, cancellationToken);
    }

    private static IReadOnlyList<BuildOutcome> RunWithProgressBar(BuildRequest request, int planned, Terminal terminal, CancellationToken cancellationToken)
    {
        IReadOnlyList<BuildOutcome> outcomes = [];
        terminal.ErrorConsole().Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask($"Rendering {planned} documents", maxValue: Math.Max(1, planned));
                outcomes = BriefingBuild.Run(request, _ => task.Increment(1), cancellationToken);
            });
        return outcomes;
    }

    private static int Summarize(IReadOnlyList<BuildOutcome> outcomes, BuildSettings settings, Terminal terminal)
    {
        // A fact sheet's warning comes once, however many templates met it.
        var warnings = outcomes.Where(o => o.Succeeded)
            .SelectMany(o => o.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Warning).Select(d => (Text: d.ToString(), o.Job.Template)))
            .GroupBy(w => w.Text, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var warning in warnings)
        {
            terminal.Error.WriteLine($"{warning.Key} [{string.Join(", ", warning.Select(w => w.Template).Distinct().Order(StringComparer.Ordinal))}]");
        }

        var failed = outcomes.Where(o => !o.Succeeded).ToList();
        foreach (var failure in failed)
        {
            terminal.Error.WriteLine($"failed: {failure.Job.FactSheetPath} with {failure.Job.Template}:");
            foreach (var diagnostic in failure.Diagnostics)
            {
                terminal.Error.WriteLine("  " + diagnostic);
            }
        }

        var shard = settings.Shard is null ? "" : $" (shard {settings.ParsedShard})";
        var reused = outcomes.Count(o => o.Reused);
        var unchanged = reused == 0 ? "" : $" ({reused} unchanged, reused)";
        terminal.Out.WriteLine($"{outcomes.Count - failed.Count} of {outcomes.Count} documents written to {settings.OutDirectory}{shard}{unchanged}; {failed.Count} failed. Manifest: {Path.Combine(settings.OutDirectory, "manifest.json")}");
        return failed.Count == 0 ? ExitCode.Success : failed.Any(f => f.WriteFailed) ? ExitCode.Internal : ExitCode.InvalidInput;
    }
}
