using System.Globalization;
using System.Text;
using Briefing.Workspace;

namespace Briefing.Cli.Commands;

/// <summary>Writes what <c>briefing render</c> produced: atomically to files, or to standard output for <c>-o -</c>.</summary>
internal static class OutputWriter
{
    /// <summary>Writes the output and prints one line per file written, or why nothing could be written.</summary>
    /// <returns>The exit code: success, a usage error (a page the document does not have), or an I/O failure (a full disk, a folder in the way).</returns>
    public static int Write(RenderResult result, RenderSettings settings, Terminal terminal)
    {
        IReadOnlyList<string>? written;
        try
        {
            written = WriteAll(result, settings, terminal);
        }
        catch (RefusedOutputException e)
        {
            terminal.Error.WriteLine($"error: {e.Message}");
            return ExitCode.Usage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            terminal.Error.WriteLine($"error: cannot write the output: {e.Message}");
            return ExitCode.Internal;
        }

        if (written is null)
        {
            return ExitCode.Usage;
        }

        foreach (var line in written)
        {
            terminal.Error.WriteLine(line);
        }

        return ExitCode.Success;
    }

    /// <summary>
    /// Why writing <paramref name="path"/> would overwrite one of the render's inputs, or null; <paramref name="sideFiles"/>
    /// are the files a loaded fact sheet named beside itself (a source's saved text, a marking scheme).
    /// </summary>
    public static string? Clash(string path, RenderSettings settings, RenderOptions options, IReadOnlyList<string>? sideFiles = null) =>
        new OutputClash(
            [.. settings.FactSheets.Where(p => p != FactSheetFiles.StandardInput), .. settings.Theme is { } theme ? [theme] : Array.Empty<string>(), .. sideFiles ?? []],
            [options.TemplatesDirectory]).Find(path);

    private static IReadOnlyList<string>? WriteAll(RenderResult result, RenderSettings settings, Terminal terminal)
    {
        var sheet = result.Sheet!;
        var extension = settings.Format.ToString().ToLowerInvariant();
        var output = settings.Output;
        var path = output ?? Path.Combine(settings.OutDirectory, $"{sheet.Id}.{settings.Template}.{extension}");
        var toStandardOutput = output == StandardStream.Dash;

        switch (settings.Format)
        {
            case OutputFormat.Md:
                return [Emit(path, toStandardOutput, new UTF8Encoding(false).GetBytes(result.Markdown!), terminal, "", settings, result.SideFiles)];

            case OutputFormat.Pdf:
                var pdf = BriefingRenderer.ToPdf(result.Document!, settings.Standards);
                return [Emit(path, toStandardOutput, pdf, terminal, $" ({Pages(result.Document!.Pages.Count)}, {Size(pdf.Length)})", settings, result.SideFiles)];

            case OutputFormat.Html:
                var html = BriefingRenderer.ToHtml(result.Source!);
                return [Emit(path, toStandardOutput, html, terminal, $" ({Size(html.Length)})", settings, result.SideFiles)];

            case OutputFormat.Docx:
                var docx = BriefingRenderer.ToDocx(result.Source!);
                return [Emit(path, toStandardOutput, docx, terminal, $" ({Size(docx.Length)})", settings, result.SideFiles)];

            default:
                var count = result.Document!.Pages.Count;
                if (settings.Page is > 0 and var wanted && wanted > count)
                {
                    terminal.Error.WriteLine($"error: --page {wanted}: the document has {Pages(count)}");
                    return null;
                }

                var pages = settings.Page is { } one ? [one] : Enumerable.Range(1, count).ToArray();
                if (toStandardOutput && pages.Length > 1)
                {
                    terminal.Error.WriteLine($"error: the document has {Pages(count)}; with -o - choose one with --page N");
                    return null;
                }

                if (pages.Select(page => Export.PngExporter.TooLarge(result.Document!, page - 1, settings.Dpi)).FirstOrDefault(p => p is not null) is { } tooLarge)
                {
                    // Named at the theme line that sets the page's size, as an out-of-range size is: with --dpi, the one thing to change.
                    terminal.Error.WriteLine(result.Source?.Theme.Page.Place is { } place
                        ? new Diagnostics.Diagnostic(place.File, place.Line, place.Column, Diagnostics.Severity.Error, tooLarge, "or make the page smaller here").ToString()
                        : $"error: {tooLarge}");
                    return null;
                }

                return pages.Select(page =>
                {
                    var png = BriefingRenderer.ToPng(result.Document!, page - 1, settings.Dpi);
                    var pagePath = pages.Length == 1 && output is not null ? path : PagePath(path, page);
                    return Emit(pagePath, toStandardOutput, png, terminal, $" (page {page} of {count}, {settings.Dpi.ToString(CultureInfo.InvariantCulture)} dpi)", settings, result.SideFiles);
                }).ToList();
        }
    }

    private static string Emit(string path, bool toStandardOutput, byte[] bytes, Terminal terminal, string detail, RenderSettings settings, IReadOnlyList<string> sideFiles)
    {
        if (toStandardOutput)
        {
            using var stdout = terminal.OpenStandardOutput();
            stdout.Write(bytes);
            stdout.Flush();
            return $"wrote standard output{detail}";
        }

        // Checked again here, because a name made from the fact sheet's id can also lead to an input through a link,
        // and only the loaded fact sheet knows the files it names beside itself.
        if (Clash(path, settings, new RenderOptions(TemplatesLocation.Resolve(settings.TemplatesDirectory)), sideFiles) is { } clash)
        {
            throw new RefusedOutputException(clash);
        }

        AtomicFile.WriteAllBytes(path, bytes);
        return $"wrote {path}{detail}";
    }

    private static string PagePath(string path, int page) =>
        Path.Combine(Path.GetDirectoryName(path) ?? "", $"{Path.GetFileNameWithoutExtension(path)}-{page}{Path.GetExtension(path)}");

    /// <summary>"1 page", "4 pages".</summary>
    public static string Pages(int count) => count == 1 ? "1 page" : $"{count} pages";

    private static string Size(long bytes) => bytes < 1024 ? $"{bytes} B" : $"{Math.Round(bytes / 1024.0)} KB";
}
