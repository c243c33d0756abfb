using Briefing.FactSheets;
using Briefing.Workspace;

namespace Briefing.Cli;

/// <summary>Reads a fact sheet from a file or from standard input (<c>-</c>).</summary>
internal static class FactSheetInput
{
    public static string DisplayName(string path) => path == FactSheetFiles.StandardInput ? "<stdin>" : path;

    /// <summary>Why a fact sheet named on the command line cannot be read, or null.</summary>
    public static string? Problem(string path, Terminal terminal, string folderHint) =>
        path == FactSheetFiles.StandardInput
            ? terminal.StandardInputClosed() ? "standard input is closed; name a fact sheet file, or send one in with `< brief.yaml`" : null
            : File.Exists(path) ? null : PathProblem.NotAFile(path, folderHint) ?? "no such file";

    public static LoadResult Load(string path, Terminal terminal, bool strict = false)
    {
        using var stream = path == FactSheetFiles.StandardInput ? terminal.OpenStandardInput() : File.OpenRead(path);
        return FactSheetLoader.Load(DisplayName(path), stream, new LoadOptions(Strict: strict));
    }
}
