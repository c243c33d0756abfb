using Briefing.Workspace;

namespace Briefing.Cli.Commands;

/// <summary>The file <c>-o</c> names, checked before any rendering, and every output file before it is written.</summary>
internal static class OutputFileName
{
    /// <summary>Why <paramref name="output"/> cannot be the output file given with -o, or null.</summary>
    public static string? Problem(string output) =>
        Path.EndsInDirectorySeparator(output)
            ? $"-o: `{output}` ends with `/`, so it names a folder; -o names the output file (use --out DIR for a folder)."
            : null;

    /// <summary>
    /// Why a file named <paramref name="output"/> should not be written in the format chosen without --format: its
    /// extension is one of no output format (memo.jpg, notes.yaml), or null.
    /// </summary>
    public static string? UnknownExtension(string output) =>
        Path.GetExtension(output) is { Length: > 0 } extension && FileNameFormat.Of(output) is null
            ? $"-o `{output}`: `{extension}` is not the extension of an output format; name the file {FileNameFormat.Extensions}, or say which format to write into it with --format."
            : null;

    /// <summary>Why nothing can be written at <paramref name="path"/>: a folder or another kind of file is there, or a file stands where a folder of its path goes.</summary>
    public static string? InTheWay(string path) => FileIdentity.Of(path).Kind switch
    {
        FileKind.Directory => $"`{path}` is a folder; the output is a file and cannot be written over a folder (use --out DIR to write into it).",
        FileKind.BlockDevice => $"`{path}` is a block device; only a file, a pipe or a terminal is written to.",
        FileKind.Socket => $"`{path}` is a socket; only a file, a pipe or a terminal is written to.",
        FileKind.Missing when BlockedFolder.Blocker(Path.GetDirectoryName(Path.GetFullPath(path))!) is { } file =>
            $"`{file}` is a file, not a folder, so `{path}` cannot be written.",
        _ => null,
    };
}
