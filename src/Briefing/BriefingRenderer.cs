using System.Diagnostics;
using Briefing.Diagnostics;
using Briefing.Document;
using Briefing.Export;
using Briefing.Export.Html;
using Briefing.Export.Pdf;
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
    /// <summary>The highest <c>fit</c> a page-limited template is asked for before the render fails.</summary>
    public const int MaxFit = 8;

    /// <summary>Passes allowed for page numbers in a contents page to settle.</summary>
    public const int MaxPasses = 3;

    private readonly Dictionary<(string Folders, bool SystemFonts), FontLibrary> fontLibraries = [];
    private readonly Text.Hyphenation.Hyphenators hyphenators = new();
    private readonly Dictionary<string, (List<(DateTime, long)> Stamps, ThemeLoadResult Result)> themes = new(StringComparer.Ordinal);
    private readonly ParsedTemplates parsedTemplates;

    /// <summary>A renderer with caches of its own.</summary>
    public BriefingRenderer()
        : this(new ParsedTemplates())
    {
    }

    /// <summary>A renderer that shares parsed templates with others (the workers of one build).</summary>
    public BriefingRenderer(ParsedTemplates parsedTemplates)
    {
        this.parsedTemplates = parsedTemplates;
    }

    /// <summary>Loads and templates a fact sheet, stopping before layout (what <c>--format md</c> writes).</summary>
    public RenderResult RenderMarkdown(string factSheetPath, Stream factSheet, RenderOptions options)
    {
        var clock = Stopwatch.StartNew();
        var loaded = FactSheetLoader.Load(factSheetPath, factSheet, new LoadOptions(Strict: options.Strict));
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
            SideFiles = loaded.SideFiles,
        };
    }

    /// <summary>
    /// Templates a fact sheet that is already loaded; <paramref name="fit"/> says how hard a page-limited
    /// template should shorten (the template's <c>fit</c>), <paramref name="pages"/> answers <c>b.page_of</c>.
    /// </summary>
    public RenderResult RenderMarkdown(FactSheet sheet, string factSheetPath, RenderOptions options, int fit = 0, PageNumbers? pages = null)
    {
        var clock = Stopwatch.StartNew();
        var templated = TemplateRenderer.Render(sheet, options.TemplatesDirectory, options.Template, factSheetPath, fit, pages, parsed: parsedTemplates);
        return new RenderResult(sheet, templated.Markdown, null, templated.Diagnostics, RenderTimings.None with { Template = clock.Elapsed })
        {
            TemplateLines = templated.Lines,
            Values = templated.Values,
        };
    }

    /// <summary>Loads, templates and lays out a fact sheet.</summary>
    public RenderResult Render(string factSheetPath, Stream factSheet, RenderOptions options)
    {
        var clock = Stopwatch.StartNew();
        var loaded = FactSheetLoader.Load(factSheetPath, factSheet, new LoadOptions(Strict: options.Strict));
        var load = clock.Elapsed;
        if (loaded.FactSheet is not { } sheet)
        {
            return new RenderResult(null, null, null, loaded.Diagnostics, RenderTimings.None with { Load = load });
        }

        var rendered = Render(sheet, factSheetPath, options);
        return rendered with
        {
            Diagnostics = loaded.Diagnostics.Concat(rendered.Diagnostics).ToList(),
            Timings = rendered.Timings with { Load = load },
            SideFiles = loaded.SideFiles,
        };
    }

    /// <summary>
    /// Templates and lays out a fact sheet that is already loaded. A template that prints page numbers
    /// (<c>b.page_of</c>) is rendered again until they match the layout; one whose front matter sets
    /// <c>max_pages</c> is rendered again with a higher <c>fit</c> until the document keeps to that limit.
    /// </summary>
    /// <remarks>
    /// Warnings found in layout (a character no font has, an image, a style) name the fact-sheet value or template
    /// line the document's text came from, never the generated Markdown.
    /// </remarks>
    public RenderResult Render(FactSheet sheet, string factSheetPath, RenderOptions options)
    {
        var spent = RenderTimings.None;
        var fit = 0;
        var pages = PageNumbers.Unknown();
        var tries = 1;
        for (var pass = 1; ; pass++)
        {
            var result = LayOut(RenderMarkdown(sheet, factSheetPath, options, fit, pages), factSheetPath, options);
            spent = new RenderTimings(spent.Load, spent.Template + result.Timings.Template, spent.Layout + result.Timings.Layout, spent.Export);
            result = result with { Timings = spent, TemplatePasses = pass };
            if (result.Document is not { } document)
            {
                return result;
            }

            // A contents page can itself move what follows it, so page numbers get a few passes (at each fit) to settle.
            var placed = HeadingPages(document);
            var unsettled = pages.Asked && !pages.SameAs(placed);
            if (unsettled && tries < MaxPasses)
            {
                pages = new PageNumbers(placed);
                tries++;
                continue;
            }

            if (document.Metadata.MaxPages is not { } limit || document.Pages.Count <= limit)
            {
                var diagnostics = CharacterPlaces.InFactSheet(result.Diagnostics, factSheetPath, () => ReadSheet(factSheetPath));
                return result with { Diagnostics = unsettled ? [.. diagnostics, Unsettled(options)] : diagnostics };
            }

            if (fit == MaxFit)
            {
                var error = new Diagnostic(Path.Combine(options.TemplatesDirectory, options.Template, "template.sbn"), 0, 0, Severity.Error,
                    $"the template allows {limit} page(s) (max_pages), but even at its shortest (fit {fit}) the document has {document.Pages.Count}",
                    "shorten more in the template for high values of `fit`");
                return result with { Document = null, Diagnostics = [.. result.Diagnostics, error] };
            }

            // A shorter document moves its headings: the numbers settle again, starting from this layout's.
            fit++;
            pages = new PageNumbers(placed);
            tries = 1;
        }
    }

    private static string? ReadSheet(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    // Printed page numbers that still differ from the layout after every pass allowed: the document is kept, and the
    // author told which numbers cannot be trusted.
    private static Diagnostic Unsettled(RenderOptions options) =>
        new(Path.Combine(options.TemplatesDirectory, options.Template, "template.sbn"), 0, 0, Severity.Warning,
            $"the page numbers the template prints with `b.page_of` did not settle after {MaxPasses} passes: printing them moves the headings they name, so some may be wrong",
            "keep what the template prints before a heading the same whatever its page number, or use a `::: toc` list, whose page numbers layout fills in");

    private static Dictionary<string, int> HeadingPages(LaidOutDocument document)
    {
        var pages = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in document.Outline)
        {
            pages.TryAdd(entry.Destination, entry.PageIndex + 1);
        }

        return pages;
    }

    private RenderResult LayOut(RenderResult templated, string factSheetPath, RenderOptions options)
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

        // Layout positions are lines of the generated Markdown, the file `--format md` writes under this name.
        var sourcePath = $"{templated.Sheet?.Id}.{options.Template}.md";
        Document.DocumentTree tree;
        try
        {
            tree = Markup.TreeBuilder.Build(markdown, templated.Sources(factSheetPath));
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig refuses Markdown nested past its depth limit by throwing; for the author it is a template mistake.
            diagnostics.Add(InTemplate(new Diagnostic(sourcePath, 0, 0, Severity.Error,
                "the template produced Markdown nested too deeply (lists, quotes or containers inside each other beyond the parser's limit)",
                "look for a loop that opens a list or quote without closing it"), sourcePath, options));
            return templated with { Diagnostics = diagnostics };
        }

        using var typesetter = new Typesetter(Fonts(options.FontFolders, options.SystemFonts), hyphenators);
        var imageDirectory = Path.Combine(options.TemplatesDirectory, options.Template);
        var laidOut = typesetter.Layout(tree, theme, new LayoutOptions(
            SourcePath: sourcePath,
            BaseDirectory: imageDirectory,
            ThemePath: options.ThemePath ?? (File.Exists(options.TemplateThemePath) ? options.TemplateThemePath : null),
            Strict: options.Strict));
        var placed = TemplateLinePlaces.InTemplate(laidOut.Diagnostics, sourcePath, markdown, templated.TemplateLines, TemplateLinePlaces.ReadLines);
        diagnostics.AddRange(placed.Select(d => InTemplate(d, sourcePath, options)));
        return templated with
        {
            Document = laidOut.Document,
            Source = laidOut.Document is { } laid ? new TreeDocument(tree, laid.Metadata, theme, imageDirectory) { PageNumbers = HeadingPages(laid) } : null,
            Diagnostics = diagnostics,
            Timings = templated.Timings with { Layout = clock.Elapsed },
        };
    }

    // The generated Markdown is a file the user never edits: what layout could place at no line of it (a page that
    // cannot hold a block, a problem of the document as a whole) is named at the template.
    private static Diagnostic InTemplate(Diagnostic diagnostic, string markdownPath, RenderOptions options) =>
        diagnostic.File == markdownPath
            ? diagnostic with { File = Path.Combine(options.TemplatesDirectory, options.Template, "template.sbn"), Line = 0, Column = 0 }
            : diagnostic;

    public static byte[] ToPdf(LaidOutDocument document, PdfStandards standards = PdfStandards.Default) =>
        PdfExporter.ToBytes(document, standards);

    /// <summary>The document as one self-contained HTML file (UTF-8).</summary>
    public static byte[] ToHtml(TreeDocument document)
    {
        using var buffer = new MemoryStream();
        HtmlExporter.Write(document, buffer);
        return buffer.ToArray();
    }

    /// <summary>The document as a Word file.</summary>
    public static byte[] ToDocx(TreeDocument document) => Export.Docx.DocxExporter.Write(document);

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

    // The template's theme (over the built-in one, or over the theme it extends), then --theme over it.
    private (Theme? Theme, IReadOnlyList<Diagnostic> Diagnostics) LoadTheme(RenderOptions options)
    {
        var own = File.Exists(options.TemplateThemePath)
            ? Cached(options.TemplateThemePath, () => ThemeLoader.LoadFile(options.TemplateThemePath, options.TemplatesDirectory))
            : new ThemeLoadResult(ThemeLoader.Default, []);
        if (options.ThemePath is not { } path || own.Theme is null)
        {
            return (own.Theme, own.Diagnostics);
        }

        if (!File.Exists(path))
        {
            return (null, [new Diagnostic(path, 0, 0, Severity.Error, Directory.Exists(path) ? "the theme is a folder; --theme takes a theme file (.yaml)" : "the theme file does not exist")]);
        }

        var layered = Cached($"{options.TemplateThemePath}\n{path}", () =>
        {
            var result = ThemeLoader.LoadFile(path, options.TemplatesDirectory, own.Theme);
            return result with { Files = [.. own.Files, .. result.Files] };
        });
        return (layered.Theme, [.. own.Diagnostics, .. layered.Diagnostics]);
    }

    // A batch renders many documents with one theme; it is read again only when one of its files changes (watch).
    private ThemeLoadResult Cached(string key, Func<ThemeLoadResult> load)
    {
        if (themes.TryGetValue(key, out var cached) && cached.Stamps.SequenceEqual(Stamps(cached.Result.Files)))
        {
            return cached.Result;
        }

        var result = load();
        themes[key] = (Stamps(result.Files), result);
        return result;
    }

    private static List<(DateTime, long)> Stamps(IEnumerable<string> files) =>
        files.Select(f => new FileInfo(f)).Select(f => f.Exists ? (f.LastWriteTimeUtc, f.Length) : (DateTime.MinValue, -1L)).ToList();

    // One library per list of fonts folders, because the folders' fonts come before the others in every lookup.
    private FontLibrary Fonts(IReadOnlyList<string> folders, bool systemFonts)
    {
        var key = (string.Join('\n', folders), systemFonts);
        if (!fontLibraries.TryGetValue(key, out var library))
        {
            library = new FontLibrary(folders, systemFonts);
            fontLibraries.Add(key, library);
        }

        return library;
    }
}
