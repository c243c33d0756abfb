namespace Briefing.Templating;

/// <summary>The path a file system path finally names, with every symbolic link on the way resolved.</summary>
/// <remarks>Checking a path textually is not enough to keep includes inside a folder: a link inside it may point out.</remarks>
internal static class RealPath
{
    private const int MaxLinks = 40;

    /// <summary>The resolved absolute path, or null when a link cannot be resolved or links loop.</summary>
    public static string? Resolve(string path)
    {
        var budget = MaxLinks;
        return Resolve(Path.GetFullPath(path), ref budget);
    }

    public static bool IsInside(string path, string folder)
    {
        var prefix = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal);
    }

    private static string? Resolve(string full, ref int budget)
    {
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        var segments = full[root.Length..].Split(
            [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        foreach (var segment in segments)
        {
            var next = Path.Combine(current, segment);
            var info = new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (--budget < 0) return null;
                var targetPath = Path.GetFullPath(target, current);
                var resolved = Resolve(targetPath, ref budget);
                if (resolved is null) return null;
                next = resolved;
            }
            current = next;
        }
        return current;
    }
}
