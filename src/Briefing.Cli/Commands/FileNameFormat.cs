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

    /// <summary>The extension of <paramref name="path"/> when it has one that names no output format (<c>.jpg</c>), else null.</summary>
    public static string? Unknown(string path) =>
        Path.GetExtension(path) is { Length: > 0 } extension && !ByExtension.ContainsKey(extension) ? extension : null;

    /// <summary>How the format is written on the command line: <c>pdf</c>, <c>png</c>.</summary>
    public static string Name(OutputFormat format) => format.ToString().ToLowerInvariant();

    /// <summary>The extension a file of the format takes: <c>.pdf</c>.</summary>
    public static string Extension(OutputFormat format) => "." + Name(format);

    /// <summary>The extensions that choose a format, for messages.</summary>
    public static string Extensions => ".pdf, .png, .html, .docx or .md";

    /// <summary>What a file of the format is, for messages: "a PDF", "an HTML page".</summary>
    public static string Describe(OutputFormat format) => format switch
    {
        OutputFormat.Pdf => "a PDF",
        OutputFormat.Png => "a PNG image",
        OutputFormat.Html => "an HTML page",
        OutputFormat.Docx => "a Word document",
        _ => "a Markdown file",
    };
}
