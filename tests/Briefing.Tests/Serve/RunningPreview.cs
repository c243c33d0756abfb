using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Briefing.Cli.Serve;
using Briefing.Preview;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Serve;

/// <summary>
/// A preview server on a free loopback port over a fresh workspace holding a copy of the Riyadh brief, rendered
/// with the repository's templates. A fact sheet planted beside the workspace must never be reachable.
/// </summary>
internal sealed class RunningPreview : IAsyncDisposable
{
    public const string Brief = "brief.yaml";

    private readonly TemporaryFolder folder;
    private readonly PreviewServer server;

    private RunningPreview(PreviewServer server, TemporaryFolder folder, string workspace)
    {
        this.server = server;
        this.folder = folder;
        Workspace = workspace;
        Client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public string Workspace { get; }

    public string BriefPath => Path.Combine(Workspace, Brief);

    /// <summary>A fact sheet outside the workspace, as a secret a request must not reach.</summary>
    public string Outside => folder.Combine("secret.yaml");

    public Uri Address => server.Address;

    public HttpClient Client { get; }

    public static string RiyadhText => File.ReadAllText(RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml"));

    public static async Task<RunningPreview> Start(string template = "memo")
    {
        var folder = new TemporaryFolder();
        var workspace = folder.Combine("workspace");
        Directory.CreateDirectory(workspace);
        File.WriteAllText(Path.Combine(workspace, Brief), RiyadhText);
        File.WriteAllText(folder.Combine("secret.yaml"), RiyadhText.Replace("US–Russia talks in Riyadh", "SECRET outside the workspace"));
        var (opened, error) = PreviewWorkspace.Open(workspace);
        Assert.Null(error);
        var (server, refusal) = PreviewServer.Create(new ServeOptions(opened!, RepositoryRoot.Combine("templates"), template, Port: 0));
        Assert.Null(refusal);
        await server!.Start(CancellationToken.None);
        return new RunningPreview(server, folder, workspace);
    }

    public string Query(string? sheet = Brief, string template = "memo") =>
        $"sheet={Uri.EscapeDataString(sheet ?? "")}&template={Uri.EscapeDataString(template)}";

    /// <summary>
    /// Sends <c>GET target</c> byte for byte over a socket, so neither <see cref="Uri"/> nor the client normalises
    /// dots or escapes on the way, with the given Host header (the server's own when null). Returns the status code.
    /// </summary>
    public async Task<int> RawGet(string target, string? host = null, string method = "GET")
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, Address.Port);
        await using var stream = tcp.GetStream();
        var request = $"{method} {target} HTTP/1.1\r\nHost: {host ?? Address.Authority}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var status = await reader.ReadLineAsync() ?? "";
        // "HTTP/1.1 200 OK"
        return int.Parse(status.Split(' ')[1], CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await server.DisposeAsync();
        folder.Dispose();
    }
}
