namespace Briefing.Workspace;

/// <summary>A folder that cannot be made because something other than a folder stands where one of its parts goes.</summary>
internal static class BlockedFolder
{
    /// <summary>The nearest existing part of <paramref name="folder"/>'s path, when it is not a folder; null when the folder can be made.</summary>
    public static string? Blocker(string folder)
    {
        for (var at = Path.GetFullPath(folder); !string.IsNullOrEmpty(at); at = Path.GetDirectoryName(at))
        {
            var kind = FileIdentity.Of(at).Kind;
            if (kind != FileKind.Missing)
            {
                return kind == FileKind.Directory ? null : at;
            }
        }

        return null;
    }
}
