using BenchmarkDotNet.Attributes;
using Briefing.Layout;
using Briefing.Layout.Pages;
using Briefing.Text;

namespace Briefing.Benchmarks;

/// <summary>
/// The layout engine alone, default theme, no templates: a generated document of about 100 pages of mixed
/// content, the Riyadh memo's Markdown (4 pages), and one word of 20,000 letters with combining accents (12 pages,
/// cut at grapheme boundaries: its cost must grow with its length, not with the square of it), each laid out and
/// then written as PDF.
/// </summary>
[MemoryDiagnoser]
public class LayoutBenchmarks : IPageCounted, IDisposable
{
    private readonly FontLibrary fonts = new();
    // Loaded once, as the renderer loads them: reading a language's patterns is not part of laying out a document.
    private readonly Briefing.Text.Hyphenation.Hyphenators hyphenators = new();
    private string markdown = "";
    private LaidOutDocument document = null!;

    [Params("synthetic-100", "riyadh-memo", "long-word")]
    public string Document { get; set; } = "synthetic-100";

    public int Pages => document.Pages.Count;

    [GlobalSetup]
    public void Setup()
    {
        markdown = Document switch
        {
            "riyadh-memo" => MemoMarkdown(),
            "long-word" => string.Concat(Enumerable.Repeat("e\u0301", 20_000)),
            _ => SyntheticDocument.Markdown(sections: 30),
        };
        document = LayOut();
    }

    [Benchmark, PagesPerOp]
    public LaidOutDocument Layout() => LayOut();

    [Benchmark, PagesPerOp]
    public byte[] Pdf() => BriefingRenderer.ToPdf(document);

    [Benchmark, PagesPerOp]
    public int LayoutAndPdf() => BriefingRenderer.ToPdf(LayOut()).Length;

    [GlobalCleanup]
    public void Dispose()
    {
        fonts.Dispose();
        GC.SuppressFinalize(this);
    }

    private LaidOutDocument LayOut()
    {
        using var typesetter = new Typesetter(fonts, hyphenators);
        var result = typesetter.Layout(markdown, ThemeLoader.Default, new LayoutOptions($"{Document}.md"));
        return result.Document ?? throw new InvalidOperationException(string.Join('\n', result.Diagnostics));
    }

    private static string MemoMarkdown()
    {
        using var renderer = new BriefingRenderer();
        return renderer.RenderMarkdown(Inputs.Riyadh(), Inputs.RiyadhBrief, Inputs.Options("memo")).Markdown
            ?? throw new InvalidOperationException("The memo template does not render the Riyadh brief.");
    }
}
