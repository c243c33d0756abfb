using BenchmarkDotNet.Attributes;
using Briefing.Document;
using Briefing.Export;
using Briefing.Layout;
using Briefing.Layout.Pages;
using Briefing.Markup;
using Briefing.Text;

namespace Briefing.Benchmarks;

/// <summary>
/// The Riyadh brief's document tree written as HTML and as Word (target: each under 5 ms warm for the memo), and
/// laid out from the tree, which layout reads since the tree came between Markdown and pages.
/// </summary>
[MemoryDiagnoser]
public class ExportBenchmarks : IPageCounted, IDisposable
{
    private readonly BriefingRenderer renderer = new();
    private FontLibrary fonts = null!;
    private TreeDocument source = null!;
    private DocumentTree tree = null!;
    private string markdown = "";
    private LaidOutDocument document = null!;

    [Params("memo", "book")]
    public string Template { get; set; } = "memo";

    public int Pages => document.Pages.Count;

    [GlobalSetup]
    public void Setup()
    {
        var options = Inputs.Options(Template);
        fonts = new FontLibrary(options.FontFolders, systemFonts: false);
        var result = renderer.Render(Inputs.Riyadh(), Inputs.RiyadhBrief, options);
        source = result.Source ?? throw new InvalidOperationException("The Riyadh brief does not render.");
        document = result.Document!;
        markdown = result.Markdown!;
        tree = source.Tree;
    }

    [Benchmark]
    public byte[] Html() => BriefingRenderer.ToHtml(source);

    [Benchmark]
    public byte[] Docx() => BriefingRenderer.ToDocx(source);

    /// <summary>Markdown to tree, the step layout reads from.</summary>
    [Benchmark]
    public DocumentTree Tree() => TreeBuilder.Build(markdown);

    /// <summary>The tree to pages, with every pass its contents and page references need.</summary>
    [Benchmark, PagesPerOp]
    public LaidOutDocument? LayoutFromTree()
    {
        using var typesetter = new Typesetter(fonts);
        return typesetter.Layout(tree, source.Theme, new LayoutOptions($"riyadh.{Template}.md", source.ImageDirectory)).Document;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        fonts?.Dispose();
        renderer.Dispose();
        GC.SuppressFinalize(this);
    }
}
