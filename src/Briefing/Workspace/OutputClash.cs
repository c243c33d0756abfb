namespace Briefing.Workspace;

/// <summary>
/// Refuses an output path that would overwrite one of a command's own inputs, found by file identity, so links,
/// <c>..</c> and hard links cannot hide that <c>-o brief.yaml</c> names the fact sheet itself. An output inside one
/// of the input folders (the templates folder) is refused too: it would replace a template, a partial or a font.
/// </summary>
public sealed class OutputClash
{
    private readonly List<(string Path, FileIdentity Identity)> files;
    private readonly List<(string Path, string Prefix)> folders;

    /// <remarks>The inputs' identities are taken once, so a build checks each of its outputs cheaply.</remarks>
    public OutputClash(IEnumerable<string> inputFiles, IEnumerable<string> inputFolders)
    {
        files = inputFiles.Select(p => (p, FileIdentity.Of(p))).Where(f => f.Item2.Exists).ToList();
        folders = inputFolders.Select(f => (f, Path.TrimEndingDirectorySeparator(RealFullPath(f)) + Path.DirectorySeparatorChar)).ToList();
    }

    /// <summary>Why writing <paramref name="output"/> would destroy an input, or null when it would not.</summary>
    public string? Find(string output)
    {
        var target = FileIdentity.Of(output);
        if (!target.Exists)
        {
            return null;
        }

        foreach (var (path, identity) in files)
        {
            if (identity == target)
            {
                return $"the output {output} is the input {path}; writing it would destroy the input";
            }
        }

        var real = RealFullPath(output);
        foreach (var (path, prefix) in folders)
        {
            if (real.StartsWith(prefix, StringComparison.Ordinal))
            {
                return $"the output {output} lies inside the input folder {path}; writing it would replace a file the render reads";
            }
        }

        return null;
    }

    // Every link on the way is resolved, as the kernel does when it opens the path.
    private static string RealFullPath(string path) => Templating.RealPath.Resolve(path) ?? Path.GetFullPath(path);
}
