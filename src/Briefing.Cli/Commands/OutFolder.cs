using Briefing.Workspace;

namespace Briefing.Cli.Commands;

/// <summary>The folder <c>--out</c> names: missing (it is made) or a folder, never a file in the way.</summary>
internal static class OutFolder
{
    /// <summary>Why <paramref name="path"/> cannot be the output folder, or null.</summary>
    public static string? Problem(string path) =>
        FileIdentity.Of(path).Kind is FileKind.Missing or FileKind.Directory
            ? null
            : $"--out: `{path}` is a file, not a folder; --out names the folder the outputs are written to.";
}
