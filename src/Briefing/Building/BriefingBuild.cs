using System.Collections.Concurrent;
using System.Security.Cryptography;
using Briefing.Diagnostics;
using Briefing.FactSheets;
using Briefing.Workspace;

namespace Briefing.Building;

/// <summary>
/// Renders a <see cref="BuildRequest"/> in parallel. A failing fact sheet fails only its own outputs; each
/// finished job is reported to the progress callback as it completes.
/// </summary>
public static class BriefingBuild
{
    public static IReadOnlyList<BuildOutcome> Run(BuildRequest request, Action<BuildOutcome>? progress = null, CancellationToken cancellationToken = default)
    {
        var jobs = request.Plan();
        var workers = Math.Max(1, request.Jobs);
        var sheets = LoadAll(jobs.Select(j => j.FactSheetPath).Distinct(StringComparer.Ordinal), workers, new LoadOptions(Strict: request.Strict), cancellationToken);
        var owners = OutputOwners(sheets);
        var templateKeys = jobs.Select(j => j.Template).Distinct(StringComparer.Ordinal).ToDictionary(t => t, t => BuildKey.ForTemplate(request, t), StringComparer.Ordinal);
        var inputs = new OutputClash([.. request.FactSheets, .. request.ThemePath is { } theme ? [theme] : Array.Empty<string>()], [request.TemplatesDirectory]);
        var outcomes = new BuildOutcome[jobs.Count];
        var next = -1;
        // One renderer per worker for the whole build: a renderer holds the opened fonts and their subsets, which
        // every document of the batch shares. (Parallel.ForEach's per-task state would start over with each new task.)
        Parallel.For(0, Math.Min(workers, Math.Max(1, jobs.Count)), new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, _ =>
        {
            using var renderer = new BriefingRenderer();
            for (var i = Interlocked.Increment(ref next); i < jobs.Count; i = Interlocked.Increment(ref next))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var job = jobs[i];
                var outcome = RunOne(job, sheets[job.FactSheetPath], owners, inputs, templateKeys[job.Template], request, renderer);
                outcomes[i] = outcome;
                progress?.Invoke(outcome);
            }
        });
        return outcomes.OrderBy(o => o.Job.Key, StringComparer.Ordinal).ToList();
    }

    public static string OutputPath(BuildRequest request, string id, string template, BuildFormat format = BuildFormat.Pdf) =>
        Path.Combine(request.OutDirectory, $"{id}.{template}.{format.ToString().ToLowerInvariant()}");

    private static BuildOutcome RunOne(BuildJob job, LoadedSheet loaded, IReadOnlyDictionary<string, (string Path, FactSheet Sheet)> owners, OutputClash inputs, string templateKey, BuildRequest request, BriefingRenderer renderer)
    {
        if (loaded.Result.FactSheet is not { } sheet)
        {
            return Failed(job, loaded.Result.Diagnostics);
        }

        if (owners[sheet.Id] is var owner && owner.Path != job.FactSheetPath)
        {
            return Failed(job, [SharedId.Error(job.FactSheetPath, sheet, owner.Path, owner.Sheet)]);
        }

        var key = BuildKey.ForOutput(templateKey, request.Formats.Distinct(), loaded.Bytes, loaded.Result.SideFiles);
        if (!request.Force && Unchanged(request.Formats.Distinct().Select(f => OutputPath(request, sheet.Id, job.Template, f)).ToList(), key, request) is { } previous)
        {
            // The fact sheet's own warnings still count; they come from loading it, which every build does.
            return new BuildOutcome(job, previous.Outputs, previous.Pages, loaded.Result.Diagnostics) { Key = key, Reused = true };
        }

        try
        {
            var result = renderer.Render(sheet, job.FactSheetPath, new RenderOptions(request.TemplatesDirectory, job.Template, request.ThemePath) { SystemFonts = request.SystemFonts });
            if (!result.Succeeded)
            {
                return Failed(job, result.Diagnostics);
            }

            // Every format is made before any is written, so a document whose Word file fails leaves no PDF either.
            var files = new List<(string Path, BuildFormat Format, byte[] Bytes)>();
            foreach (var format in request.Formats.Distinct())
            {
                var path = OutputPath(request, sheet.Id, job.Template, format);
                if (inputs.Find(path) is { } clash)
                {
                    return Failed(job, [new Diagnostic(job.FactSheetPath, 0, 0, Severity.Error, clash)]);
                }

                files.Add((path, format, format switch
                {
                    BuildFormat.Docx => BriefingRenderer.ToDocx(result.Source!),
                    BuildFormat.Html => BriefingRenderer.ToHtml(result.Source!),
                    _ => BriefingRenderer.ToPdf(result.Document!),
                }));
            }

            var outputs = new List<BuildOutput>();
            foreach (var (path, format, bytes) in files)
            {
                AtomicFile.WriteAllBytes(path, bytes);
                outputs.Add(new BuildOutput(path, format, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes))));
            }

            return new BuildOutcome(job, outputs, result.Document!.Pages.Count, loaded.Result.Diagnostics.Concat(result.Diagnostics).Distinct().ToList()) { Key = key };
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // One broken document must not stop the others; the failure is reported with the rest.
            return Failed(job, [new Diagnostic(job.FactSheetPath, 0, 0, Severity.Error, $"internal error while rendering with `{job.Template}`: {e.GetType().Name}: {e.Message}")]);
        }
    }

    // A document is reused when its key is the recorded one for every file it makes, and each file is still there
    // with the recorded bytes.
    private static (IReadOnlyList<BuildOutput> Outputs, int Pages)? Unchanged(IReadOnlyList<string> paths, string key, BuildRequest request)
    {
        var outputs = new List<BuildOutput>();
        var pages = 0;
        foreach (var (path, format) in paths.Zip(request.Formats.Distinct()))
        {
            if (!request.Previous.TryGetValue(Path.GetFullPath(path), out var previous) || previous.Key != key)
            {
                return null;
            }

            try
            {
                using var file = File.OpenRead(path);
                if (file.Length != previous.Bytes || Convert.ToHexStringLower(SHA256.HashData(file)) != previous.Sha256)
                {
                    return null;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }

            outputs.Add(new BuildOutput(path, format, previous.Bytes, previous.Sha256));
            pages = previous.Pages;
        }

        return (outputs, pages);
    }

    private static Dictionary<string, LoadedSheet> LoadAll(IEnumerable<string> paths, int jobs, LoadOptions options, CancellationToken cancellationToken)
    {
        var loaded = new ConcurrentDictionary<string, LoadedSheet>(StringComparer.Ordinal);
        Parallel.ForEach(paths, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs), CancellationToken = cancellationToken }, path =>
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                loaded[path] = new LoadedSheet([], new LoadResult(null, [new Diagnostic(path, 0, 0, Severity.Error, $"cannot read the file: {e.Message}")]));
                return;
            }

            using var stream = new MemoryStream(bytes, writable: false);
            loaded[path] = new LoadedSheet(bytes, FactSheetLoader.Load(path, stream, options));
        });
        return new Dictionary<string, LoadedSheet>(loaded, StringComparer.Ordinal);
    }

    // When two fact sheets share an id, the first in ordinal path order keeps the output name, on every run.
    private static Dictionary<string, (string Path, FactSheet Sheet)> OutputOwners(Dictionary<string, LoadedSheet> sheets)
    {
        var owners = new Dictionary<string, (string Path, FactSheet Sheet)>(StringComparer.Ordinal);
        foreach (var (path, loaded) in sheets.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (loaded.Result.FactSheet is { } sheet)
            {
                owners.TryAdd(sheet.Id, (path, sheet));
            }
        }

        return owners;
    }

    private sealed record LoadedSheet(byte[] Bytes, LoadResult Result);

    private static BuildOutcome Failed(BuildJob job, IReadOnlyList<Diagnostic> diagnostics) =>
        new(job, [], 0, diagnostics);
}
