namespace Briefing.Cli.Serve;

/// <summary>The preview page's files, carried inside the program (no CDN, works offline); nothing else is served by name.</summary>
internal static class EmbeddedAssets
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["app.js"] = "text/javascript; charset=utf-8",
        ["app.css"] = "text/css; charset=utf-8",
        ["icon.svg"] = "image/svg+xml",
    };

    /// <summary>The asset's bytes and content type, or null for a name that is not one of them.</summary>
    public static (byte[] Bytes, string ContentType)? Find(string name)
    {
        if (!ContentTypes.TryGetValue(name, out var type)) return null;
        using var stream = typeof(EmbeddedAssets).Assembly.GetManifestResourceStream($"serve/{name}");
        if (stream is null) return null;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return (buffer.ToArray(), type);
    }
}
