namespace Briefing.Cli.Commands;

/// <summary>
/// The output format a file's name promises by its extension: a file named <c>memo.png</c> must hold a PNG image, so
/// the name chooses the format when <c>--format</c> is not given, and contradicts it when it is.
/// </summary>
internal static class FileNameFormat
{
    private static readonly IReadOnlyDictionary<string, OutputFormat> ByExtension = new Dictionary<string, OutputFormat>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = OutputFormat.Pdf,
        [".png"] = OutputFormat.Png,
        [".md"] = OutputFormat.Md,
        [".markdown"] = OutputFormat.Md,
        [".html"] = OutputFormat.Html,
        [".htm"] = OutputFormat.Html,
        [".docx"] = OutputFormat.Docx,
    };

    /// <summary>The format <paramref name="path"/>'s extension names, or null for no extension or one of no output format.</summary>
    public static OutputFormat? Of(string path) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out var format) ? format : null;

    /// <summary>How the format is written on the command line and in messages: <c>pdf</c>, <c>png</c>.</summary>
    public static string Name(OutputFormat format) => format.ToString().ToLowerInvariant();
}
