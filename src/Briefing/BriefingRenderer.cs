using System.Diagnostics;
using Briefing.Diagnostics;
using Briefing.Export;
using Briefing.FactSheets;
using Briefing.Layout;
using Briefing.Layout.Pages;
using Briefing.Templating;
using Briefing.Text;

namespace Briefing;

/// <summary>
/// The one entry point of the library: fact sheet + template + theme to a laid-out document, then to PDF or PNG.
/// It owns the font cache, so keep one renderer per thread and reuse it for many documents.
/// </summary>
public sealed class BriefingRenderer : IDisposable
{
    private readonly Dictionary<string, FontLibrary> fontLibraries = new(StringComparer.Ordinal);

    /// <summary>Loads and templates a fact sheet, stopping before layout (what <c>--format md</c> writes).</summary>
    public RenderResult RenderMarkdown(string factSheetPath, Stream factSheet, RenderOptions options)
    {
        var clock = Stopwatch.StartNew();
        var loaded = FactSheetLoader.Load(factSheetPath, factSheet);
        var load = clock.Elapsed;
        if (loaded.FactSheet is not { } sheet)
        {
            return new RenderResult(null, null, null, loaded.Diagnostics, RenderTimings.None with { Load = load });
        }

        var templated = RenderMarkdown(sheet, factSheetPath, options);
        return templated with
        {
            Diagnostics = loaded.Diagnostics.Concat(templated.Diagnostics).ToList(),
            Timings = templated.Timings with { Load = load },
        };
    }

    /// <summary>Templates a fact sheet that is already loaded.</summary>
    public RenderResult RenderMarkdown(FactSheet sheet, string factSheetPath, RenderOptions options)
    {
        var clock = Stopwatch.StartNew();
        var templated = TemplateRenderer.Render(sheet, options.TemplatesDirectory, options.Template, factSheetPath);
        return new RenderResult(sheet, templated.Markdown, null, templated.Diagnostics, RenderTimings.None with { Template = clock.Elapsed });
    }

    /// <summary>Loads, templates and lays out a fact sheet.</summary>
    public RenderResult Render(string factSheetPath, Stream factSheet, RenderOptions options) =>
        LayOut(RenderMarkdown(factSheetPath, factSheet, options), options);

    /// <summary>Templates and lays out a fact sheet that is already loaded.</summary>
    public RenderResult Render(FactSheet sheet, string factSheetPath, RenderOptions options) =>
        LayOut(RenderMarkdown(sheet, factSheetPath, options), options);

    private RenderResult LayOut(RenderResult templated, RenderOptions options)
    {
        if (templated.Markdown is not { } markdown || templated.Diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return templated;
        }

        var clock = Stopwatch.StartNew();
        var (theme, themeDiagnostics) = LoadTheme(options);
        var diagnostics = templated.Diagnostics.Concat(themeDiagnostics).ToList();
        if (theme is null)
        {
            return templated with { Diagnostics = diagnostics };
        }

        using var typesetter = new Typesetter(Fonts(options.FontsDirectory));
        var laidOut = typesetter.Layout(markdown, theme, new LayoutOptions(
            SourcePath: Path.Combine(options.TemplatesDirectory, options.Template, "template.sbn"),
            BaseDirectory: Path.Combine(options.TemplatesDirectory, options.Template)));
        diagnostics.AddRange(laidOut.Diagnostics);
        return templated with
        {
            Document = laidOut.Document,
            Diagnostics = diagnostics,
            Timings = templated.Timings with { Layout = clock.Elapsed },
        };
    }

    public static byte[] ToPdf(LaidOutDocument document)
    {
        using var buffer = new MemoryStream();
        PdfExporter.Write(document, buffer);
        return buffer.ToArray();
    }

    public static byte[] ToPng(LaidOutDocument document, int pageIndex, float dpi)
    {
        using var buffer = new MemoryStream();
        PngExporter.Write(document, pageIndex, dpi, buffer);
        return buffer.ToArray();
    }

    public void Dispose()
    {
        foreach (var library in fontLibraries.Values)
        {
            library.Dispose();
        }

        fontLibraries.Clear();
    }

    private static (Theme? Theme, IReadOnlyList<Diagnostic> Diagnostics) LoadTheme(RenderOptions options)
    {
        var path = options.ThemePath ?? options.TemplateThemePath;
        if (options.ThemePath is null && !File.Exists(path))
        {
            return (ThemeLoader.Default, []);
        }

        if (!File.Exists(path))
        {
            return (null, [new Diagnostic(path, 0, 0, Severity.Error, "the theme file does not exist")]);
        }

        var result = ThemeLoader.Load(path, File.ReadAllText(path));
        return (result.Theme, result.Diagnostics);
    }

    // One library per fonts folder, because the folder's fonts come before the system's in every lookup.
    private FontLibrary Fonts(string folder)
    {
        if (!fontLibraries.TryGetValue(folder, out var library))
        {
            library = new FontLibrary([folder]);
            fontLibraries.Add(folder, library);
        }

        return library;
    }
}
