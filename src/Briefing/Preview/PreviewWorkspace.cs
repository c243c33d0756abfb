using Briefing.Templating;
using Briefing.Workspace;

namespace Briefing.Preview;

/// <summary>
/// The folder a preview may read fact sheets from, and the fact sheets in it. A path asked for from outside (a
/// browser) is resolved here and refused unless it names a fact sheet inside the folder, links followed.
/// </summary>
public sealed class PreviewWorkspace
{
    // Enough for any brief collection; a preview started in a home folder must not walk the whole disk.
    private const int MaxFactSheets = 1000;
    private const int MaxDepth = 6;
    private const int SniffBytes = 2048;

    private PreviewWorkspace(string root, IReadOnlyList<string> factSheets, string? initial)
    {
        Root = root;
        FactSheets = factSheets;
        Initial = initial;
    }

    /// <summary>The folder's absolute path, links resolved.</summary>
    public string Root { get; }

    /// <summary>The fact sheets found, relative to <see cref="Root"/> with <c>/</c> between folders, in ordinal order.</summary>
    public IReadOnlyList<string> FactSheets { get; }

    /// <summary>The fact sheet shown first: the one given, else the first found.</summary>
    public string? Initial { get; }

    /// <summary>
    /// Opens the workspace for what the user named: a fact sheet (its folder is the workspace), a folder, or nothing
    /// (the current folder).
    /// </summary>
    /// <returns>The workspace, or null and why not.</returns>
    public static (PreviewWorkspace? Workspace, string? Error) Open(string? given)
    {
        var target = string.IsNullOrEmpty(given) ? Directory.GetCurrentDirectory() : given;
        string folder;
        string? file = null;
        if (File.Exists(target))
        {
            if (!FactSheetFiles.IsFactSheetName(target)) return (null, $"{given}: error: a fact sheet is a .yaml or .yml file");
            folder = Path.GetDirectoryName(Path.GetFullPath(target))!;
            file = Path.GetFullPath(target);
        }
        else if (Directory.Exists(target))
        {
            folder = Path.GetFullPath(target);
        }
        else
        {
            return (null, $"{given}: error: no such file or folder");
        }

        var root = RealPath.Resolve(folder) ?? folder;
        var sheets = Find(root);
        var initial = file is null ? sheets.FirstOrDefault() : Path.GetFileName(file);
        if (initial is not null && !sheets.Contains(initial)) sheets = [initial, .. sheets];
        return (new PreviewWorkspace(root, sheets, initial), null);
    }

    /// <summary>
    /// The absolute path of the fact sheet <paramref name="relative"/> names, or null when it is absolute, climbs out
    /// with <c>..</c>, leads out through a link, is not a .yaml/.yml file or does not exist.
    /// </summary>
    public string? Resolve(string? relative)
    {
        if (string.IsNullOrEmpty(relative) || relative.Contains('\0') || relative.Contains(':')) return null;
        if (relative[0] is '/' or '\\' || Path.IsPathRooted(relative)) return null;
        if (relative.Split('/', '\\').Any(segment => segment is ".." or "." or "")) return null;
        if (!FactSheetFiles.IsFactSheetName(relative)) return null;
        var full = Path.GetFullPath(Path.Combine(Root, relative));
        if (!RealPath.IsInside(full, Root) || !File.Exists(full)) return null;
        var real = RealPath.Resolve(full);
        return real is not null && RealPath.IsInside(real, Root) ? full : null;
    }

    private static List<string> Find(string root)
    {
        var found = new List<string>();
        var folders = new Queue<(string Path, int Depth)>([(root, 0)]);
        while (folders.Count > 0 && found.Count < MaxFactSheets)
        {
            var (folder, depth) = folders.Dequeue();
            try
            {
                found.AddRange(Directory.EnumerateFiles(folder)
                    .Where(f => FactSheetFiles.IsFactSheetName(f) && LooksLikeFactSheet(f))
                    .Select(f => Relative(root, f)));
                if (depth >= MaxDepth) continue;
                foreach (var sub in Directory.EnumerateDirectories(folder))
                {
                    var name = Path.GetFileName(sub);
                    if (name.StartsWith('.') || name is "node_modules" or "bin" or "obj" or "out") continue;
                    if (new DirectoryInfo(sub).LinkTarget is not null) continue;
                    folders.Enqueue((sub, depth + 1));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A folder that cannot be read holds nothing to preview.
            }
        }

        return [.. found.Take(MaxFactSheets).OrderBy(f => f, StringComparer.Ordinal)];
    }

    // Themes and other YAML files live beside fact sheets; a fact sheet names its format near the top.
    private static bool LooksLikeFactSheet(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[SniffBytes];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return System.Text.Encoding.UTF8.GetString(buffer, 0, read).Contains("schema: briefing/", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string Relative(string root, string full) => Path.GetRelativePath(root, full).Replace('\\', '/');
}
