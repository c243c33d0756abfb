namespace Briefing.Cli.Commands;

/// <summary>The file <c>-o</c> names, checked before any rendering.</summary>
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
        FileNameFormat.Unknown(output) is { } extension
            ? $"-o `{output}`: `{extension}` is not the extension of an output format; name the file {FileNameFormat.Extensions}, or say which format to write into it with --format."
            : null;
}
