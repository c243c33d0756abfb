namespace Briefing.FactSheets;

/// <summary>How to load a fact sheet.</summary>
/// <remarks>
/// <c>Folder</c>: Where the sheet's side files (a scheme file, sources' <c>file:</c>) are read from; by default
/// the folder of the display path, or the current folder for standard input.<br/>
/// <c>Strict</c>: A quote not found in its source's text is an error rather than a warning.<br/>
/// </remarks>
public sealed record LoadOptions(string? Folder = null, bool Strict = false)
{
    public static LoadOptions Default { get; } = new();

    internal string FolderFor(string displayPath) =>
        Folder ?? (displayPath.StartsWith('<') ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(displayPath)) ?? "");
}
