using System.Collections.Concurrent;
using System.Diagnostics;
using Briefing.Diagnostics;
using Briefing.Export;

namespace Briefing.Preview;

/// <summary>
/// A live preview of one fact sheet with one template: renders it, renders it again whenever an input changes on
/// disk, and keeps the last good pages while the inputs are broken. Page images are drawn on demand and kept per
/// page fingerprint, so a change redraws only the pages it touched.
/// </summary>
public sealed class PreviewSession : IDisposable
{
    /// <summary>How long the inputs must stay still before a render: long enough to join an editor's save burst.</summary>
    public static readonly TimeSpan DefaultQuiet = TimeSpan.FromMilliseconds(30);

    // Pages are drawn at a few resolutions (thumbnails, zoom steps, screen densities); more than this are dropped.
    private const int MaxImages = 96;

    private readonly RendererPool pool;
    private readonly SemaphoreSlim rendering = new(1, 1);
    private readonly ConcurrentDictionary<(string Key, int Dpi), Lazy<Task<byte[]>>> images = new();
    private readonly ConcurrentDictionary<int, byte> recentDpis = new();
    private readonly Lock gate = new();
    private InputWatcher? watcher;
    private PreviewSnapshot current = PreviewSnapshot.Empty;
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Lazy<byte[]>? pdf;
    private Lazy<byte[]>? html;
    private Lazy<byte[]>? docx;
    private int pending;

    public PreviewSession(PreviewInputs inputs, RendererPool pool)
    {
        Inputs = inputs;
        this.pool = pool;
    }

    public PreviewInputs Inputs { get; }

    public PreviewSnapshot Current
    {
        get
        {
            lock (gate) return current;
        }
    }

    /// <summary>Renders once, then watches the inputs and renders again after each burst of changes.</summary>
    public async Task Start(TimeSpan quiet)
    {
        await Refresh().ConfigureAwait(false);
        watcher = new InputWatcher(Inputs.WatchedPlaces(), quiet, () => _ = Refresh());
    }

    /// <summary>Completes with the first snapshot newer than <paramref name="version"/>.</summary>
    public async Task<PreviewSnapshot> Next(int version, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task wait;
            lock (gate)
            {
                if (current.Version > version) return current;
                wait = changed.Task;
            }

            await wait.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Renders the inputs as they are now. Calls that arrive during a render are joined into one more render after it.
    /// </summary>
    public async Task Refresh()
    {
        Interlocked.Increment(ref pending);
        await rendering.WaitAsync().ConfigureAwait(false);
        try
        {
            if (Interlocked.Exchange(ref pending, 0) == 0) return;
            var clock = Stopwatch.StartNew();
            var (result, text) = await pool.Run(Render).ConfigureAwait(false);
            Publish(result, text, clock.Elapsed);
        }
        finally
        {
            rendering.Release();
        }
    }

    private (RenderResult Result, string? Text) Render(BriefingRenderer renderer)
    {
        string text;
        try
        {
            using var stream = new FileStream(Inputs.FactSheetPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            text = reader.ReadToEnd();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var error = new Diagnostic(Inputs.FactSheetPath, 0, 0, Severity.Error, $"cannot read the file: {e.Message}");
            return (new RenderResult(null, null, null, [error], RenderTimings.None), null);
        }

        var loaded = Briefing.FactSheets.FactSheetLoader.Load(Inputs.FactSheetPath, text);
        if (loaded.FactSheet is not { } sheet)
        {
            return (new RenderResult(null, null, null, loaded.Diagnostics, RenderTimings.None), text);
        }

        var rendered = renderer.Render(sheet, Inputs.FactSheetPath, Inputs.Options);
        return (rendered with { Diagnostics = [.. loaded.Diagnostics, .. rendered.Diagnostics] }, text);
    }

    private void Publish(RenderResult result, string? text, TimeSpan elapsed)
    {
        var problems = result.Diagnostics.Select(Problem.Of).ToList();
        PreviewSnapshot next;
        TaskCompletionSource done;
        lock (gate)
        {
            if (result.Succeeded && result.Document is { } document)
            {
                var places = text is null ? SheetPlaces.None : SheetPlaces.Read(Inputs.FactSheetPath, text);
                var sources = new BlockSources(result.Tree, result.TemplateLines);
                var pages = document.Pages
                    .Select((page, i) => new PreviewPage(i, PageFingerprint.Of(page, document.Fonts), page.Width, page.Height, PageRegions.Of(page, i, places, sources)))
                    .ToList();
                next = new PreviewSnapshot(current.Version + 1, result.Sheet?.Id, document, result.Markdown, pages, places, problems, false, elapsed);
                if (SameAs(current, next)) return;
                pdf = new Lazy<byte[]>(() => BriefingRenderer.ToPdf(document));
                html = result.Source is { } tree ? new Lazy<byte[]>(() => BriefingRenderer.ToHtml(tree)) : null;
                docx = result.Source is { } source ? new Lazy<byte[]>(() => BriefingRenderer.ToDocx(source)) : null;
            }
            else
            {
                next = current with { Version = current.Version + 1, Problems = problems, Stale = current.Document is not null, RenderTime = elapsed };
                if (SameProblems(current, next) && current.Stale == next.Stale) return;
            }

            current = next;
            done = changed;
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        Forget(next);
        Prepare(next);
        done.TrySetResult();
    }

    private static bool SameAs(PreviewSnapshot before, PreviewSnapshot after) =>
        !before.Stale && before.Markdown == after.Markdown && SameProblems(before, after)
        && before.Pages.Select(p => p.Key).SequenceEqual(after.Pages.Select(p => p.Key))
        && before.Places.All.SequenceEqual(after.Places.All);

    private static bool SameProblems(PreviewSnapshot before, PreviewSnapshot after) =>
        before.Problems.Select(p => p.Diagnostic).SequenceEqual(after.Problems.Select(p => p.Diagnostic))
        && before.Problems.SelectMany(p => p.Excerpt).SequenceEqual(after.Problems.SelectMany(p => p.Excerpt));

    /// <summary>The PDF of the pages shown, or null before the first good render.</summary>
    public byte[]? Pdf()
    {
        Lazy<byte[]>? made;
        lock (gate) made = pdf;
        return made?.Value;
    }

    /// <summary>The HTML of the document shown, or null before the first good render.</summary>
    public byte[]? Html()
    {
        Lazy<byte[]>? made;
        lock (gate) made = html;
        return made?.Value;
    }

    /// <summary>The Word document of the document shown, or null before the first good render.</summary>
    public byte[]? Docx()
    {
        Lazy<byte[]>? made;
        lock (gate) made = docx;
        return made?.Value;
    }

    /// <summary>The image of the page with fingerprint <paramref name="key"/> at <paramref name="dpi"/>, or null when no page shown has it.</summary>
    public Task<byte[]>? PageImage(string key, int dpi)
    {
        recentDpis.TryAdd(dpi, 0);
        var snapshot = Current;
        if (images.TryGetValue((key, dpi), out var known)) return known.Value;
        var page = snapshot.Pages.FirstOrDefault(p => p.Key == key);
        if (page is null || snapshot.Document is not { } document) return null;
        return images.GetOrAdd((key, dpi), _ => Draw(document, page.Index, dpi)).Value;
    }

    private static Lazy<Task<byte[]>> Draw(Layout.Pages.LaidOutDocument document, int index, int dpi) =>
        // The browser scales the image to the zoom it shows, so a page too large for the pixel limit is drawn at less.
        new(() => Task.Run(() => BriefingRenderer.ToPng(document, index, Export.PngExporter.FittingDpi(document.Pages[index], dpi))));

    // Images of pages no longer shown are dropped; when too many resolutions pile up, all but the newest go.
    private void Forget(PreviewSnapshot snapshot)
    {
        var keys = snapshot.Pages.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in images.Keys.Where(k => !keys.Contains(k.Key))) images.TryRemove(entry, out _);
        if (images.Count > MaxImages) images.Clear();
        if (recentDpis.Count > 6) recentDpis.Clear();
    }

    // The pages a change touched are drawn at once, at the resolutions the browsers asked for lately, so they are
    // ready when the browsers ask again.
    private void Prepare(PreviewSnapshot snapshot)
    {
        if (snapshot.Document is not { } document || snapshot.Stale) return;
        foreach (var dpi in recentDpis.Keys)
        {
            foreach (var page in snapshot.Pages)
            {
                _ = images.GetOrAdd((page.Key, dpi), _ => Draw(document, page.Index, dpi)).Value;
            }
        }
    }

    public void Dispose()
    {
        watcher?.Dispose();
        rendering.Dispose();
    }
}
