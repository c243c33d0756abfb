using System.Net;
using System.Net.Sockets;
using Briefing.Preview;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Briefing.Cli.Serve;

/// <summary>
/// The live-preview web server: loopback addresses only, requests for any other host name refused, read-only
/// endpoints. Start it, read <see cref="Address"/>, stop it by disposing.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly PreviewSessions sessions;
    private readonly RendererPool pool;
    private readonly CancellationTokenSource stopping = new();
    private LoopbackHosts? hosts;

    private PreviewServer(WebApplication app, PreviewSessions sessions, RendererPool pool)
    {
        this.app = app;
        this.sessions = sessions;
        this.pool = pool;
    }

    /// <summary>The address to open, once started.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Builds a server for <paramref name="options"/>, or says why it may not listen where asked.</summary>
    public static (PreviewServer? Server, string? Error) Create(ServeOptions options)
    {
        if (options.Addresses?.Select(LoopbackHosts.Refusal).FirstOrDefault(r => r is not null) is { } refusal) return (null, refusal);
        if (options.Port is < 0 or > 65535) return (null, $"error: --port must be from 0 to 65535, not {options.Port}");

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        // Nothing from the environment or a settings file in the folder may add endpoints or change where it listens.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            var port = options.Port ?? ServeOptions.DefaultPort;
            if (options.Addresses is { Count: > 0 } addresses)
            {
                foreach (var address in addresses) kestrel.Listen(address, port);
            }
            else if (port == 0)
            {
                // A free port is chosen per address, so with no port given one loopback address is enough.
                kestrel.Listen(IPAddress.Loopback, 0);
            }
            else
            {
                kestrel.ListenLocalhost(port);
            }
        });

        var app = builder.Build();
        var pool = new RendererPool(Math.Max(2, Environment.ProcessorCount));
        var sessions = new PreviewSessions(options, pool);
        var server = new PreviewServer(app, sessions, pool);
        app.Use(server.Guard);
        new PreviewEndpoints(sessions, options, server.stopping.Token).Map(app);
        return (server, null);
    }

    /// <summary>Starts listening; an address in use is reported as an <see cref="IOException"/>.</summary>
    public async Task Start(CancellationToken cancellationToken)
    {
        await app.StartAsync(cancellationToken);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a))
            .ToList();
        var port = bound[0].Port;
        hosts = new LoopbackHosts(port);
        Address = new Uri($"http://127.0.0.1:{port}/");
        if (!bound.Any(a => a.Host == "127.0.0.1" || a.Host == "localhost")) Address = bound[0];
    }

    // Runs before every endpoint: refuses foreign host names and writes the headers that keep the page to itself.
    private async Task Guard(HttpContext context, Func<Task> next)
    {
        if (hosts is null || !hosts.Allows(context.Request.Headers.Host.ToString()))
        {
            context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("this preview answers only to 127.0.0.1, [::1] and localhost with its own port");
            return;
        }

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        await next();
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        try
        {
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await app.StopAsync(patience.Token);
        }
        finally
        {
            await app.DisposeAsync();
            sessions.Dispose();
            pool.Dispose();
            stopping.Dispose();
        }
    }

    /// <summary>True when starting failed because the port is taken.</summary>
    public static bool IsAddressInUse(Exception e) =>
        e is IOException { InnerException: SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } }
        || e.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse }
        || e is IOException && e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase);
}
