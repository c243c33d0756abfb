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
        var sheets = LoadAll(jobs.Select(j => j.FactSheetPath).Distinct(StringComparer.Ordinal), request.Jobs, new LoadOptions(Strict: request.Strict), cancellationToken);
        var owners = OutputOwners(sheets);
        var inputs = new OutputClash([.. request.FactSheets, .. request.ThemePath is { } theme ? [theme] : Array.Empty<string>()], [request.TemplatesDirectory]);
        var outcomes = new ConcurrentBag<BuildOutcome>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, request.Jobs), CancellationToken = cancellationToken };
        Parallel.ForEach(
            jobs,
            parallel,
            () => new BriefingRenderer(),
            (job, _, renderer) =>
            {
                var outcome = RunOne(job, sheets[job.FactSheetPath], owners, inputs, request, renderer);
                outcomes.Add(outcome);
                progress?.Invoke(outcome);
                return renderer;
            },
            renderer => renderer.Dispose());
        return outcomes.OrderBy(o => o.Job.Key, StringComparer.Ordinal).ToList();
    }

    public static string OutputPath(BuildRequest request, string id, string template, BuildFormat format = BuildFormat.Pdf) =>
        Path.Combine(request.OutDirectory, $"{id}.{template}.{format.ToString().ToLowerInvariant()}");

    private static BuildOutcome RunOne(BuildJob job, LoadResult loaded, IReadOnlyDictionary<string, string> owners, OutputClash inputs, BuildRequest request, BriefingRenderer renderer)
    {
        if (loaded.FactSheet is not { } sheet)
        {
            return Failed(job, loaded.Diagnostics);
        }

        if (owners[sheet.Id] != job.FactSheetPath)
        {
            return Failed(job, [new Diagnostic(job.FactSheetPath, 0, 0, Severity.Error,
                $"id `{sheet.Id}` is also the id of {owners[sheet.Id]}; their outputs would overwrite each other", "give each fact sheet its own id")]);
        }

        try
        {
            var result = renderer.Render(sheet, job.FactSheetPath, new RenderOptions(request.TemplatesDirectory, job.Template, request.ThemePath) { SystemFonts = request.SystemFonts }, loaded.Text);
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

            return new BuildOutcome(job, outputs, result.Document!.Pages.Count, result.Diagnostics);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // One broken document must not stop the others; the failure is reported with the rest.
            return Failed(job, [new Diagnostic(job.FactSheetPath, 0, 0, Severity.Error, $"internal error while rendering with `{job.Template}`: {e.GetType().Name}: {e.Message}")]);
        }
    }

    private static Dictionary<string, LoadResult> LoadAll(IEnumerable<string> paths, int jobs, LoadOptions options, CancellationToken cancellationToken)
    {
        var loaded = new ConcurrentDictionary<string, LoadResult>(StringComparer.Ordinal);
        Parallel.ForEach(paths, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs), CancellationToken = cancellationToken }, path =>
        {
            try
            {
                using var stream = File.OpenRead(path);
                loaded[path] = FactSheetLoader.Load(path, stream, options);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                loaded[path] = new LoadResult(null, [new Diagnostic(path, 0, 0, Severity.Error, $"cannot read the file: {e.Message}")]);
            }
        });
        return new Dictionary<string, LoadResult>(loaded, StringComparer.Ordinal);
    }

    // When two fact sheets share an id, the first in ordinal path order keeps the output name, on every run.
    private static Dictionary<string, string> OutputOwners(Dictionary<string, LoadResult> sheets)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, result) in sheets.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (result.FactSheet is { } sheet)
            {
                owners.TryAdd(sheet.Id, path);
            }
        }

        return owners;
    }

    private static BuildOutcome Failed(BuildJob job, IReadOnlyList<Diagnostic> diagnostics) =>
        new(job, [], 0, diagnostics);
}
