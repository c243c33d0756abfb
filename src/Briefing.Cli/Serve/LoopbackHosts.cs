using System.Net;

namespace Briefing.Cli.Serve;

/// <summary>
/// The <c>Host</c> headers a request may carry: the loopback names with the port the server listens on. A page of
/// another site that rebinds its own name to 127.0.0.1 sends its own name, and is refused.
/// </summary>
internal sealed class LoopbackHosts(int port)
{
    private readonly HashSet<string> allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        $"127.0.0.1:{port}",
        $"[::1]:{port}",
        $"localhost:{port}",
    };

    public int Port { get; } = port;

    public bool Allows(string? host) => host is not null && allowed.Contains(host);

    /// <summary>Why an address may not be listened on, or null when it is a loopback address.</summary>
    public static string? Refusal(IPAddress address) =>
        IPAddress.IsLoopback(address)
            ? null
            : $"error: the preview listens only on the loopback addresses (127.0.0.1, ::1), not on {address}: it shows local files without asking for a password";
}
