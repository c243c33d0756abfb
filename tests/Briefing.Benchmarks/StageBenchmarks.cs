using BenchmarkDotNet.Attributes;
using Briefing.FactSheets;
using Briefing.Layout;
using Briefing.Layout.Pages;
using Briefing.Templating;
using Briefing.Text;

namespace Briefing.Benchmarks;

/// <summary>
/// Each stage of one render of the Riyadh brief on its own, then all of them together, for a shipped template.
/// Caches stay warm between iterations, as in a long-running <c>watch</c> or <c>build</c>.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks : IPageCounted, IDisposable
{
    private readonly BriefingRenderer renderer = new();
    // Loaded once, as the renderer loads them: reading a language's patterns is not part of laying out a memo.
    private readonly Briefing.Text.Hyphenation.Hyphenators hyphenators = new();
    private FontLibrary fonts = null!;
    private string yaml = "";
    private FactSheet sheet = null!;
    private RenderOptions options = null!;
    private Theme theme = null!;
    private string markdown = "";
    private Briefing.Document.SourceMap sources = null!;
    private LaidOutDocument document = null!;

    [Params("memo", "book")]
    public string Template { get; set; } = "memo";

    public int Pages => document.Pages.Count;

    [GlobalSetup]
    public void Setup()
    {
        yaml = File.ReadAllText(Inputs.RiyadhBrief);
        sheet = Inputs.Riyadh();
        options = Inputs.Options(Template);
        fonts = new FontLibrary(options.FontFolders, systemFonts: false);
        theme = File.Exists(options.TemplateThemePath)
            ? ThemeLoader.Load(options.TemplateThemePath, File.ReadAllText(options.TemplateThemePath)).Theme ?? ThemeLoader.Default
            : ThemeLoader.Default;
        // The Markdown of the settled render, so Layout times one pass over what the final document is made of.
        var settled = renderer.Render(sheet, Inputs.RiyadhBrief, options);
        markdown = settled.Markdown ?? throw new InvalidOperationException("The Riyadh brief does not render.");
        sources = settled.Sources(Inputs.RiyadhBrief);
        document = settled.Document ?? throw new InvalidOperationException("The Riyadh brief does not lay out.");
    }

    [Benchmark]
    public FactSheet? Load() => FactSheetLoader.Load("riyadh.yaml", yaml).FactSheet;

    /// <summary>One pass of the template as a render runs it: the template and its partials parsed by an earlier render.</summary>
    [Benchmark]
    public string? Template1Pass() => renderer.RenderMarkdown(sheet, Inputs.RiyadhBrief, options).Markdown;

    /// <summary>The template parsed again as well, as on the first render of a process.</summary>
    [Benchmark]
    public string? Template1PassParsed() => TemplateRenderer.Render(sheet, options.TemplatesDirectory, options.Template, Inputs.RiyadhBrief).Markdown;

    /// <summary>The Markdown to the document tree, each node placed in the template and fact sheet.</summary>
    [Benchmark]
    public Briefing.Document.DocumentTree Tree() => Briefing.Markup.TreeBuilder.Build(markdown, sources);

    [Benchmark, PagesPerOp]
    public LaidOutDocument? Layout1Pass()
    {
        using var typesetter = new Typesetter(fonts, hyphenators);
        return typesetter.Layout(markdown, theme, new LayoutOptions($"riyadh.{Template}.md", Path.Combine(options.TemplatesDirectory, Template))).Document;
    }

    [Benchmark, PagesPerOp]
    public byte[] Pdf() => BriefingRenderer.ToPdf(document);

    [Benchmark]
    public byte[] PngFirstPage() => BriefingRenderer.ToPng(document, 0, 96);

    /// <summary>YAML text to PDF bytes, with every template and layout pass the renderer needs.</summary>
    [Benchmark, PagesPerOp]
    public byte[] EndToEnd()
    {
        var loaded = FactSheetLoader.Load(Inputs.RiyadhBrief, yaml);
        var result = renderer.Render(loaded.FactSheet!, Inputs.RiyadhBrief, options);
        return BriefingRenderer.ToPdf(result.Document!);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        fonts?.Dispose();
        renderer.Dispose();
        GC.SuppressFinalize(this);
    }
}
