using System.Collections.Concurrent;
using Briefing.Preview;
using Briefing.Templating;

namespace Briefing.Cli.Serve;

/// <summary>
/// The live previews a server keeps, one per fact sheet and template asked for, started on first use and sharing one
/// pool of warm renderers.
/// </summary>
internal sealed class PreviewSessions(ServeOptions options, RendererPool pool) : IDisposable
{
    // Each preview watches files and keeps page images; a browser switching back and forth needs only a few.
    private const int MaxSessions = 16;

    private readonly ConcurrentDictionary<(string FactSheet, string Template), Lazy<Task<PreviewSession>>> sessions = new();

    public IReadOnlyList<TemplateInfo> Templates() => TemplateCatalog.List(options.TemplatesDirectory);

    /// <summary>The preview of a fact sheet (relative to the workspace) with a template, or null when either is not one the server offers.</summary>
    public async Task<PreviewSession?> Get(string? factSheet, string? template)
    {
        template = string.IsNullOrEmpty(template) ? options.Template : template;
        var path = options.Workspace.Resolve(factSheet);
        if (path is null || !Templates().Any(t => t.Name == template)) return null;
        var key = (factSheet!, template);
        if (!sessions.ContainsKey(key) && sessions.Count >= MaxSessions) return null;
        var session = sessions.GetOrAdd(key, _ => new Lazy<Task<PreviewSession>>(() => Start(path, template)));
        return await session.Value.ConfigureAwait(false);
    }

    private async Task<PreviewSession> Start(string fullPath, string template)
    {
        var session = new PreviewSession(new PreviewInputs(fullPath, new RenderOptions(options.TemplatesDirectory, template, options.ThemePath) { SystemFonts = options.SystemFonts }), pool);
        await session.Start(PreviewSession.DefaultQuiet).ConfigureAwait(false);
        return session;
    }

    public void Dispose()
    {
        foreach (var session in sessions.Values)
        {
            if (session.IsValueCreated && session.Value.IsCompletedSuccessfully) session.Value.Result.Dispose();
        }
    }
}
