namespace Briefing.Workspace;

/// <summary>Turns the paths a user typed (files, folders, or <c>-</c> for standard input) into fact-sheet inputs.</summary>
public static class FactSheetFiles
{
    public const string StandardInput = "-";

    /// <summary>Expands folders to their <c>*.yaml</c> and <c>*.yml</c> files, sorted by ordinal name so every run sees the same order.</summary>
    /// <returns>The files, and the paths that do not exist.</returns>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (path == StandardInput || File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                // Only regular files: a FIFO or device named like a fact sheet would block the whole run.
                files.AddRange(Directory.EnumerateFiles(path)
                    .Where(f => IsFactSheetName(f) && FileIdentity.Of(f).Kind == FileKind.Regular)
                    .OrderBy(f => f, StringComparer.Ordinal));
            }
            else
            {
                missing.Add(path);
            }
        }

        return (files, missing);
    }

    public static bool IsFactSheetName(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
