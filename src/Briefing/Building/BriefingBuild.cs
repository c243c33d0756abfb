using System.Collections.Concurrent;
using System.Security.Cryptography;
using Briefing.Diagnostics;
using Briefing.FactSheets;
using Briefing.FactSheets.Yaml;
using Briefing.Templating;
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
        var templateKeys = jobs.Select(j => j.Template).Distinct(StringComparer.Ordinal).ToDictionary(t => t, t => BuildKey.ForTemplate(request, t), StringComparer.Ordinal);
        var sheets = PrepareAll(jobs, templateKeys, request, workers, cancellationToken);
        var owners = OutputOwners(sheets, request);
        var inputs = new Lazy<OutputClash>(() => new OutputClash([.. request.FactSheets, .. request.ThemePath is { } theme ? [theme] : Array.Empty<string>()], [request.TemplatesDirectory]));
        var outcomes = new BuildOutcome[jobs.Count];
        // Every document is rendered with the templates as they were at the start, the text the keys were computed from.
        var parsedTemplates = new ParsedTemplates(readOnce: true);
        var next = -1;
        // One renderer per worker for the whole build: a renderer holds the opened fonts and their subsets, which
        // every document of the batch shares. (Parallel.ForEach's per-task state would start over with each new task.)
        Parallel.For(0, Math.Min(workers, Math.Max(1, jobs.Count)), new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, _ =>
        {
            // Made at the first document that is rendered, so an unchanged rebuild opens no font.
            var renderer = new Lazy<BriefingRenderer>(() => new BriefingRenderer(parsedTemplates), LazyThreadSafetyMode.None);
            try
            {
                for (var i = Interlocked.Increment(ref next); i < jobs.Count; i = Interlocked.Increment(ref next))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var job = jobs[i];
                    var outcome = RunOne(job, sheets[job.FactSheetPath], sheets, owners, inputs, templateKeys[job.Template], request, renderer);
                    outcomes[i] = outcome;
                    progress?.Invoke(outcome);
                }
            }
            finally
            {
                if (renderer.IsValueCreated)
                {
                    renderer.Value.Dispose();
                }
            }
        });
        return outcomes.OrderBy(o => o.Job.Key, StringComparer.Ordinal).ToList();
    }

    public static string OutputPath(BuildRequest request, string id, string template, BuildFormat format = BuildFormat.Pdf) =>
        Path.Combine(request.OutDirectory, $"{id}.{template}.{format.ToString().ToLowerInvariant()}");

    private static BuildOutcome RunOne(BuildJob job, PreparedSheet prepared, IReadOnlyDictionary<string, PreparedSheet> sheets, IReadOnlyDictionary<string, string> owners, Lazy<OutputClash> inputs, string templateKey, BuildRequest request, Lazy<BriefingRenderer> renderer)
    {
        // Every document of a held sheet takes it or passes, whatever becomes of the document, so the last one lets it go.
        var held = prepared.Loaded;
        var settled = false;
        try
        {
            if (prepared.Id is not { } id)
            {
                return Failed(job, prepared.LoadDiagnostics);
            }

            if (SharedIdError(job, id, prepared, sheets, owners) is { } shared)
            {
                return Failed(job, [shared]);
            }

            if (prepared.Reusable.TryGetValue(job.Template, out var known))
            {
                // The fact sheet's own warnings still count, taken from the manifest.
                return new BuildOutcome(job, known.Outputs, known.Pages, prepared.Inputs!.Diagnostics) { Key = known.Key, Reused = true, FactSheet = prepared.Inputs };
            }

            // The first document of the sheet that is not reused whole loads it.
            var loaded = held?.Take();
            settled = true;
            if (loaded is { Inputs: null })
            {
                return Failed(job, loaded.Diagnostics);
            }

            var recorded = loaded?.Inputs ?? prepared.Inputs!;
            if (recorded.Id != id && SharedIdError(job, recorded.Id, prepared, sheets, owners) is { } sharedLoaded)
            {
                return Failed(job, [sharedLoaded]);
            }

            var sheetDiagnostics = recorded.Diagnostics;
            var key = BuildKey.ForOutput(templateKey, request.Formats.Distinct(), prepared.Bytes, recorded.SideFiles);
            if (!request.Force && Unchanged(OutputPaths(request, recorded.Id, job.Template), key, request) is { } previous)
            {
                return new BuildOutcome(job, previous.Outputs, previous.Pages, sheetDiagnostics) { Key = key, Reused = true, FactSheet = recorded, FactSheetLoaded = true };
            }

            return Render(job, loaded!.Sheet!, recorded, key, sheetDiagnostics, inputs, request, renderer);
        }
        finally
        {
            if (!settled)
            {
                held?.Pass();
            }
        }
    }

    private static Diagnostic? SharedIdError(BuildJob job, string id, PreparedSheet prepared, IReadOnlyDictionary<string, PreparedSheet> sheets, IReadOnlyDictionary<string, string> owners) =>
        owners.TryGetValue(id, out var owner) && owner != job.FactSheetPath
            ? SharedId.Error(job.FactSheetPath, id, IdPlace(job.FactSheetPath, prepared), owner, IdPlace(owner, sheets[owner]))
            : null;

    private static BuildOutcome Render(BuildJob job, FactSheet sheet, FactSheetInputs recorded, string key, IReadOnlyList<Diagnostic> sheetDiagnostics, Lazy<OutputClash> inputs, BuildRequest request, Lazy<BriefingRenderer> renderer)
    {
        try
        {
            var result = renderer.Value.Render(sheet, job.FactSheetPath, new RenderOptions(request.TemplatesDirectory, job.Template, request.ThemePath) { SystemFonts = request.SystemFonts, Strict = request.Strict });
            if (!result.Succeeded)
            {
                return Failed(job, result.Diagnostics);
            }

            // Every format is made before any is written, so a document whose Word file fails leaves no PDF either.
            var files = new List<(string Path, BuildFormat Format, byte[] Bytes)>();
            foreach (var format in request.Formats.Distinct())
            {
                var path = OutputPath(request, sheet.Id, job.Template, format);
                if ((inputs.Value.Find(path) ?? SideFileClash(recorded, path)) is { } clash)
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
                try
                {
                    AtomicFile.WriteAllBytes(path, bytes);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // The document is fine; the place it goes is not (a folder in the way, no permission, a full disk).
                    return Failed(job, [new Diagnostic(path, 0, 0, Severity.Error, $"cannot write the output: {e.Message}")]) with { WriteFailed = true };
                }

                outputs.Add(new BuildOutput(path, format, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes))));
            }

            return new BuildOutcome(job, outputs, result.Document!.Pages.Count, sheetDiagnostics.Concat(result.Diagnostics).Distinct().ToList())
            {
                Key = key,
                FactSheet = recorded,
                FactSheetLoaded = true,
            };
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
            if (!request.Previous.Outputs.TryGetValue(Path.GetFullPath(path), out var previous) || previous.Key != key || !previous.IsHeldBy(path))
            {
                return null;
            }

            outputs.Add(new BuildOutput(path, format, previous.Bytes, previous.Sha256));
            pages = previous.Pages;
        }

        return (outputs, pages);
    }

    private static IReadOnlyList<string> OutputPaths(BuildRequest request, string id, string template) =>
        request.Formats.Distinct().Select(f => OutputPath(request, id, template, f)).ToList();

    // Every fact sheet once, in parallel: read, hashed and its id read, which is what the build must know of every
    // sheet before it writes anything. A sheet is loaded when the first of its documents is rendered, never when the
    // previous build loaded the same bytes and every output of it can be reused as it is.
    private static Dictionary<string, PreparedSheet> PrepareAll(IReadOnlyList<BuildJob> jobs, IReadOnlyDictionary<string, string> templateKeys, BuildRequest request, int workers, CancellationToken cancellationToken)
    {
        var prepared = new ConcurrentDictionary<string, PreparedSheet>(StringComparer.Ordinal);
        var bySheet = jobs.GroupBy(j => j.FactSheetPath, StringComparer.Ordinal).ToList();
        var options = new LoadOptions(Strict: request.Strict);
        Parallel.ForEach(bySheet, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, sheet =>
        {
            prepared[sheet.Key] = Prepare(sheet.Key, [.. sheet.Select(j => j.Template)], templateKeys, request, options);
        });
        return new Dictionary<string, PreparedSheet>(prepared, StringComparer.Ordinal);
    }

    private static PreparedSheet Prepare(string path, IReadOnlyList<string> templates, IReadOnlyDictionary<string, string> templateKeys, BuildRequest request, LoadOptions options)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new PreparedSheet([], null, null, [new Diagnostic(path, 0, 0, Severity.Error, $"cannot read the file: {e.Message}")], null, Reuse.None);
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!request.Force && Recorded(path, bytes, sha256, request) is { } recorded)
        {
            var reusable = new Dictionary<string, Reuse>(StringComparer.Ordinal);
            foreach (var template in templates)
            {
                var key = BuildKey.ForOutput(templateKeys[template], request.Formats.Distinct(), bytes, recorded.SideFiles);
                if (Unchanged(OutputPaths(request, recorded.Id, template), key, request) is not { } previous)
                {
                    break;
                }

                reusable[template] = new Reuse(key, previous.Outputs, previous.Pages);
            }

            if (reusable.Count == templates.Count)
            {
                return new PreparedSheet(bytes, recorded.Id, recorded, recorded.Diagnostics, null, reusable);
            }

            // The same bytes have the same id and side files; the sheet is loaded when its first changed document is rendered.
            return new PreparedSheet(bytes, recorded.Id, recorded, recorded.Diagnostics, new HeldSheet(() => Load(path, bytes, sha256, options), templates.Count), Reuse.None);
        }

        if (SheetIdPeek.Read(bytes) is { } id)
        {
            return new PreparedSheet(bytes, id, null, [], new HeldSheet(() => Load(path, bytes, sha256, options), templates.Count), Reuse.None);
        }

        // An id that only loading can tell (or a sheet that does not load): loaded now, as its id must be known.
        var loaded = Load(path, bytes, sha256, options);
        return new PreparedSheet(bytes, loaded.Inputs?.Id, loaded.Inputs, loaded.Diagnostics, loaded.Inputs is null ? null : new HeldSheet(() => loaded, templates.Count), Reuse.None);
    }

    private static LoadedSheet Load(string path, byte[] bytes, string sha256, LoadOptions options)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var loaded = FactSheetLoader.Load(path, stream, options);
        var inputs = loaded.FactSheet is { } sheet ? new FactSheetInputs(sheet.Id, bytes.Length, sha256, loaded.SideFiles, loaded.Diagnostics) : null;
        return new LoadedSheet(loaded.FactSheet, inputs, loaded.Diagnostics);
    }

    // What the previous build found when it loaded these very bytes from this path; the diagnostics named the sheet
    // by the path it was given then, and name it now as it is given now.
    private static FactSheetInputs? Recorded(string path, byte[] bytes, string sha256, BuildRequest request)
    {
        var full = Path.GetFullPath(path);
        if (!request.Previous.FactSheets.TryGetValue(full, out var recorded) || recorded.Bytes != bytes.Length || recorded.Sha256 != sha256)
        {
            return null;
        }

        return recorded with { Diagnostics = [.. recorded.Diagnostics.Select(d => d.File == full ? d with { File = path } : d)] };
    }

    // When two fact sheets share an id, the one whose outputs the previous build wrote keeps the output name, so a
    // new sheet cannot take it over; otherwise the first in ordinal path order, on every run.
    private static Dictionary<string, string> OutputOwners(Dictionary<string, PreparedSheet> sheets, BuildRequest request)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var byId = sheets.Where(p => p.Value.Id is not null)
            .GroupBy(p => p.Value.Id!, StringComparer.Ordinal);
        foreach (var group in byId)
        {
            var paths = group.Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
            owners[group.Key] = paths.Count == 1 ? paths[0] : PreviousOwner(group.Key, paths, request) ?? paths[0];
        }

        return owners;
    }

    private static string? PreviousOwner(string id, IReadOnlyList<string> paths, BuildRequest request)
    {
        var recorded = request.Templates.SelectMany(t => Enum.GetValues<BuildFormat>().Select(f => Path.GetFullPath(OutputPath(request, id, t, f))))
            .Select(p => request.Previous.Outputs.TryGetValue(p, out var previous) ? previous.FactSheet : null)
            .Where(p => p is not null)
            .ToHashSet(StringComparer.Ordinal);
        return paths.FirstOrDefault(p => recorded.Contains(Path.GetFullPath(p)));
    }

    // A source's saved text or a marking scheme the sheet names beside itself is an input too: an output reached through a link must not replace it.
    private static string? SideFileClash(FactSheetInputs inputs, string path) =>
        inputs.SideFiles.Count > 0 ? new OutputClash(inputs.SideFiles, []).Find(path) : null;

    /// <summary>
    /// A fact sheet ready for its jobs: its bytes, its id (null when it could not be read or failed to load), its inputs
    /// when they are known before it is loaded (recorded by the previous build, or loaded already), what loading it
    /// found, the sheet to load or loaded for the documents rendered, and the outputs by template reused without it.
    /// </summary>
    private sealed record PreparedSheet(byte[] Bytes, string? Id, FactSheetInputs? Inputs, IReadOnlyList<Diagnostic> LoadDiagnostics, HeldSheet? Loaded, IReadOnlyDictionary<string, Reuse> Reusable);

    private sealed record Reuse(string Key, IReadOnlyList<BuildOutput> Outputs, int Pages)
    {
        public static IReadOnlyDictionary<string, Reuse> None { get; } = new Dictionary<string, Reuse>();
    }

    // A sheet this build did not load (its outputs were to be reused), has not loaded yet, or no longer holds, is
    // read again for the place of its id: two sheets sharing an id is rare, and the error must name both places.
    private static ValuePlace? IdPlace(string path, PreparedSheet sheet)
    {
        var loaded = sheet.Loaded?.Peek?.Sheet;
        if (loaded is null)
        {
            using var stream = new MemoryStream(sheet.Bytes, writable: false);
            loaded = FactSheetLoader.Load(path, stream, new LoadOptions()).FactSheet;
        }

        return loaded?.Places.TryGetValue("id", out var place) == true ? place : null;
    }

    private static BuildOutcome Failed(BuildJob job, IReadOnlyList<Diagnostic> diagnostics) =>
        new(job, [], 0, diagnostics);
}
