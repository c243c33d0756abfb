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
        bool written;
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
            terminal.Error.WriteLine(StandardStream.Is(settings.Output)
                ? $"error: cannot write to standard output: {StandardOutputException.ReasonFor(e)}"
                : $"error: cannot write the output: {e.Message}");
            return ExitCode.Internal;
        }

        return written ? ExitCode.Success : ExitCode.Usage;
    }

    /// <summary>
    /// Why writing <paramref name="path"/> would overwrite one of the render's inputs, or null; <paramref name="sideFiles"/>
    /// are the files a loaded fact sheet named beside itself (a source's saved text, a marking scheme).
    /// </summary>
    public static string? Clash(string path, RenderSettings settings, RenderOptions options, IReadOnlyList<string>? sideFiles = null) =>
        new OutputClash(
            [.. settings.FactSheets.Where(p => p != FactSheetFiles.StandardInput), .. settings.Theme is { } theme ? [theme] : Array.Empty<string>(), .. sideFiles ?? []],
            [options.TemplatesDirectory]).Find(path);

    // Each file written is reported as it is written, so that a failure part way through a set of pages leaves no
    // page unreported; every name is checked before the first is written.
    private static bool WriteAll(RenderResult result, RenderSettings settings, Terminal terminal)
    {
        var sheet = result.Sheet!;
        var extension = FileNameFormat.Name(settings.Format);
        var output = settings.Output;
        var path = output ?? Path.Combine(settings.OutDirectory, $"{sheet.Id}.{settings.Template}.{extension}");
        var toStandardOutput = output == StandardStream.Dash;

        switch (settings.Format)
        {
            case OutputFormat.Md:
                Check(path, toStandardOutput, settings, result.SideFiles);
                Emit(path, toStandardOutput, new UTF8Encoding(false).GetBytes(result.Markdown!), terminal, "");
                return true;

            case OutputFormat.Pdf:
                Check(path, toStandardOutput, settings, result.SideFiles);
                var pdf = BriefingRenderer.ToPdf(result.Document!, settings.Standards);
                Emit(path, toStandardOutput, pdf, terminal, $" ({Pages(result.Document!.Pages.Count)}, {Size(pdf.Length)})");
                return true;

            case OutputFormat.Html:
                Check(path, toStandardOutput, settings, result.SideFiles);
                var html = BriefingRenderer.ToHtml(result.Source!);
                Emit(path, toStandardOutput, html, terminal, $" ({Size(html.Length)})");
                return true;

            case OutputFormat.Docx:
                Check(path, toStandardOutput, settings, result.SideFiles);
                var docx = BriefingRenderer.ToDocx(result.Source!);
                Emit(path, toStandardOutput, docx, terminal, $" ({Size(docx.Length)})");
                return true;

            default:
                var count = result.Document!.Pages.Count;
                if (settings.Page is > 0 and var wanted && wanted > count)
                {
                    terminal.Error.WriteLine($"error: --page {wanted}: the document has {Pages(count)}");
                    return false;
                }

                var pages = settings.Page is { } one ? [one] : Enumerable.Range(1, count).ToArray();
                if (toStandardOutput && pages.Length > 1)
                {
                    terminal.Error.WriteLine($"error: the document has {Pages(count)}; with -o - choose one with --page N");
                    return false;
                }

                // Page files are named after the output with the page number added: a device or pipe has no such names.
                if (output is not null && pages.Length > 1 && FileIdentity.Of(output).Kind is not (FileKind.Missing or FileKind.Regular))
                {
                    terminal.Error.WriteLine($"error: the document has {Pages(count)}, and -o `{output}` is not a file that page files can be named after; choose one page with --page N");
                    return false;
                }

                if (pages.Select(page => Export.PngExporter.TooLarge(result.Document!, page - 1, settings.Dpi)).FirstOrDefault(p => p is not null) is { } tooLarge)
                {
                    // Named at the theme line that sets the page's size, as an out-of-range size is: with --dpi, the one thing to change.
                    terminal.Error.WriteLine(result.Source?.Theme.Page.Place is { } place
                        ? new Diagnostics.Diagnostic(place.File, place.Line, place.Column, Diagnostics.Severity.Error, tooLarge, "or make the page smaller here").ToString()
                        : $"error: {tooLarge}");
                    return false;
                }

                var targets = pages.Select(page => (Page: page, Path: pages.Length == 1 && output is not null ? path : PagePath(path, page))).ToList();
                foreach (var target in targets)
                {
                    Check(target.Path, toStandardOutput, settings, result.SideFiles);
                }

                foreach (var target in targets)
                {
                    var png = BriefingRenderer.ToPng(result.Document!, target.Page - 1, settings.Dpi);
                    Emit(target.Path, toStandardOutput, png, terminal, $" (page {target.Page} of {count}, {settings.Dpi.ToString(CultureInfo.InvariantCulture)} dpi)");
                }

                return true;
        }
    }

    // Checked here, not only before rendering, because a name made from the fact sheet's id can also lead to an input
    // through a link, and only the loaded fact sheet knows the files it names beside itself.
    private static void Check(string path, bool toStandardOutput, RenderSettings settings, IReadOnlyList<string> sideFiles)
    {
        if (toStandardOutput)
        {
            return;
        }

        if (Clash(path, settings, new RenderOptions(TemplatesLocation.Resolve(settings.TemplatesDirectory)), sideFiles) is { } clash)
        {
            throw new RefusedOutputException(clash);
        }

        if (AtomicFile.Obstacle(path) is { } inTheWay)
        {
            throw new IOException(inTheWay);
        }
    }

    private static void Emit(string path, bool toStandardOutput, byte[] bytes, Terminal terminal, string detail)
    {
        if (toStandardOutput)
        {
            using var stdout = terminal.OpenStandardOutput();
            stdout.Write(bytes);
            stdout.Flush();
            terminal.Error.WriteLine($"wrote standard output{detail}");
            return;
        }

        AtomicFile.WriteAllBytes(path, bytes);
        terminal.Error.WriteLine($"wrote {path}{detail}");
    }

    private static string PagePath(string path, int page) =>
        Path.Combine(Path.GetDirectoryName(path) ?? "", $"{Path.GetFileNameWithoutExtension(path)}-{page}{Path.GetExtension(path)}");

    /// <summary>"1 page", "4 pages".</summary>
    public static string Pages(int count) => count == 1 ? "1 page" : $"{count} pages";

    private static string Size(long bytes) => bytes < 1024 ? $"{bytes} B" : $"{Math.Round(bytes / 1024.0)} KB";
}
