using Briefing.FactSheets;
using Briefing.Workspace;

namespace Briefing.Cli;

/// <summary>Reads a fact sheet from a file or from standard input (<c>-</c>).</summary>
internal static class FactSheetInput
{
    public static string DisplayName(string path) => path == FactSheetFiles.StandardInput ? "<stdin>" : path;

    public static LoadResult Load(string path, Terminal terminal, bool strict = false)
    {
        using var stream = path == FactSheetFiles.StandardInput ? terminal.OpenStandardInput() : File.OpenRead(path);
        return FactSheetLoader.Load(DisplayName(path), stream, new LoadOptions(Strict: strict));
    }
}
