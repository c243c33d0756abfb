using System.Globalization;
using System.Text;
using Briefing.Preview;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Briefing.Cli.Serve;

/// <summary>
/// The preview's endpoints. Every one answers GET and reads only: the page and its assets, the workspace, a
/// preview's state, its change events, page images and downloads.
/// </summary>
internal sealed class PreviewEndpoints(PreviewSessions sessions, ServeOptions options, CancellationToken stopping)
{
    private const int LowestDpi = 12;
    private const int HighestDpi = 1200;

    // Change events keep the connection open; a comment now and then keeps proxies and browsers from closing it.
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(20);

    public void Map(WebApplication app)
    {
        app.MapGet("/", (RequestDelegate)(context => Asset(context, "index.html")));
        app.MapGet("/assets/{name}", (RequestDelegate)(context => Asset(context, context.Request.RouteValues["name"] as string ?? "")));
        app.MapGet("/api/workspace", (RequestDelegate)Workspace);
        app.MapGet("/api/state", (RequestDelegate)State);
        app.MapGet("/api/events", (RequestDelegate)Events);
        app.MapGet("/api/page", (RequestDelegate)Page);
        app.MapGet("/api/download", (RequestDelegate)Download);
    }

    private static async Task Asset(HttpContext context, string name)
    {
        if (EmbeddedAssets.Find(name) is not var (bytes, type))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = type;
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private async Task Workspace(HttpContext context)
    {
        var model = new WorkspaceModel(
            options.Workspace.Root,
            options.Workspace.FactSheets,
            sessions.Templates().Select(t => new TemplateModel(t.Name, t.Description)).ToList(),
            options.Workspace.Initial,
            options.Template,
            options.EditorLink,
            ["pdf", "docx", "html", "md"]);
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsJsonAsync(model, ServeJson.Default.WorkspaceModel, cancellationToken: context.RequestAborted);
    }

    private async Task State(HttpContext context)
    {
        if (await Session(context) is not var (session, factSheet)) return;
        context.Response.Headers.CacheControl = "no-store";
        var model = StateModels.From(session.Current, factSheet, session.Inputs, options.Workspace.Root);
        await context.Response.WriteAsJsonAsync(model, ServeJson.Default.StateModel, cancellationToken: context.RequestAborted);
    }

    private async Task Events(HttpContext context)
    {
        if (await Session(context) is not var (session, _)) return;
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var version = session.Current.Version;
        await Send(context, $"retry: 1000\n\nevent: version\ndata: {version}\n\n", ended.Token);
        try
        {
            while (!ended.IsCancellationRequested)
            {
                var next = session.Next(version, ended.Token);
                if (await Task.WhenAny(next, Task.Delay(Heartbeat, ended.Token)) != next)
                {
                    await Send(context, ": still here\n\n", ended.Token);
                    continue;
                }

                version = (await next).Version;
                await Send(context, $"event: version\ndata: {version}\n\n", ended.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The browser went away or the server stops.
        }
    }

    private static async Task Send(HttpContext context, string text, CancellationToken cancellationToken)
    {
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
        await context.Response.Body.FlushAsync(cancellationToken);
    }

    private async Task Page(HttpContext context)
    {
        if (await Session(context) is not var (session, _)) return;
        var key = context.Request.Query["key"].ToString();
        if (!int.TryParse(context.Request.Query["dpi"], NumberStyles.None, CultureInfo.InvariantCulture, out var dpi) || dpi is < LowestDpi or > HighestDpi)
        {
            await Refuse(context, StatusCodes.Status400BadRequest, $"dpi must be a whole number from {LowestDpi} to {HighestDpi}");
            return;
        }

        if (session.PageImage(key, dpi) is not { } image)
        {
            await Refuse(context, StatusCodes.Status404NotFound, "no page shown has this key; it changed since");
            return;
        }

        var bytes = await image.WaitAsync(context.RequestAborted);
        context.Response.ContentType = "image/png";
        // A key names what is drawn on the page, so an image once fetched stays right.
        context.Response.Headers.CacheControl = "private, max-age=86400, immutable";
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private async Task Download(HttpContext context)
    {
        if (await Session(context) is not var (session, _)) return;
        var format = context.Request.Query["format"].ToString();
        var snapshot = session.Current;
        var name = $"{snapshot.SheetId ?? "document"}.{session.Inputs.Options.Template}";
        (byte[]? Bytes, string Type) file = format switch
        {
            "pdf" => (session.Pdf(), "application/pdf"),
            "docx" => (session.Docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            "html" => (session.Html(), "text/html; charset=utf-8"),
            "md" => (snapshot.Markdown is { } markdown ? Encoding.UTF8.GetBytes(markdown) : null, "text/markdown; charset=utf-8"),
            _ => (null, ""),
        };
        if (file.Type.Length == 0)
        {
            await Refuse(context, StatusCodes.Status400BadRequest, "format must be pdf, docx, html or md");
            return;
        }

        if (file.Bytes is null)
        {
            await Refuse(context, StatusCodes.Status409Conflict, "nothing rendered yet: the inputs have errors");
            return;
        }

        context.Response.ContentType = file.Type;
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}.{format}\"";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.Body.WriteAsync(file.Bytes, context.RequestAborted);
    }

    private async Task<(PreviewSession Session, string FactSheet)?> Session(HttpContext context)
    {
        var factSheet = context.Request.Query["sheet"].ToString();
        var session = await sessions.Get(factSheet, context.Request.Query["template"].ToString());
        if (session is not null) return (session, factSheet);
        await Refuse(context, StatusCodes.Status404NotFound, "no such fact sheet in the workspace, or no such template");
        return null;
    }

    private static async Task Refuse(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(message, context.RequestAborted);
    }
}
