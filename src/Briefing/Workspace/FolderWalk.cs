namespace Briefing.Workspace;

/// <summary>
/// The regular files under a folder, in ordinal order. Symbolic links are followed, but a folder already visited
/// (by device and inode) is not entered again, so a link loop ends the walk instead of growing it without end;
/// FIFOs, devices and sockets are left out, since reading them blocks or never ends.
/// </summary>
public static class FolderWalk
{
    // Deeper than any real fonts or templates folder; a bound even where identities cannot be read.
    private const int DepthLimit = 32;

    public static IReadOnlyList<string> Files(string root, Func<string, bool> include)
    {
        var files = new List<string>();
        var visited = new HashSet<FileIdentity>();
        Walk(root, 0);
        files.Sort(StringComparer.Ordinal);
        return files;

        void Walk(string folder, int depth)
        {
            var identity = FileIdentity.Of(folder);
            if (depth > DepthLimit || identity.Kind != FileKind.Directory || !visited.Add(identity))
            {
                return;
            }
            IEnumerable<string> entries;
            try
            {
                entries = Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return;
            }
            foreach (var entry in entries)
            {
                switch (FileIdentity.Of(entry).Kind)
                {
                    case FileKind.Directory:
                        Walk(entry, depth + 1);
                        break;
                    case FileKind.Regular when include(entry):
                        files.Add(entry);
                        break;
                }
            }
        }
    }
}
