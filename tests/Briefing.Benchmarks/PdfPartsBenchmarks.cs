using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Briefing.Export.Pdf;
using Briefing.Layout.Pages;

namespace Briefing.Benchmarks;

/// <summary>
/// One PDF export of the Riyadh memo and its parts on their own: writing the content streams (with the structure
/// tree they mark), and compressing them, at the zlib levels worth weighing. The sizes of the memo's content
/// streams and of the whole file at each level are printed with the setup.
/// </summary>
[MemoryDiagnoser]
public class PdfPartsBenchmarks
{
    private LaidOutDocument document = null!;
    private byte[] contentStreams = [];

    [Params(1, 2, 3, 4, 6)]
    public int Level { get; set; } = 6;

    [GlobalSetup]
    public void Setup()
    {
        using var renderer = new BriefingRenderer();
        document = renderer.Render(Inputs.Riyadh(), Inputs.RiyadhBrief, Inputs.Options("memo")).Document
            ?? throw new InvalidOperationException("The Riyadh brief does not lay out.");
        contentStreams = ContentStreams().ToArray();
        Console.WriteLine($"// content streams: {contentStreams.Length} bytes, at level {Level}: {Deflate()} bytes; the PDF: {ExportAt(Level)} bytes");
    }

    /// <summary>The whole export, at the level under test; its size is printed with the setup.</summary>
    [Benchmark]
    public int Export() => ExportAt(Level);

    [Benchmark]
    public int WriteContentStreams() => ContentStreams().Length;

    [Benchmark]
    public int Deflate() => Deflate(contentStreams, Level).Length;

    private PdfBytes ContentStreams()
    {
        var file = new PdfFile();
        var resources = new PageResources(file, PdfExporter.UsedFonts(document));
        var tree = new StructureTree(file, "en");
        var all = new PdfBytes(256 * 1024);
        for (var p = 0; p < document.Pages.Count; p++)
        {
            PageContentWriter.Write(document.Pages[p], p, resources, tree, all);
        }
        return all;
    }

    private int ExportAt(int level)
    {
        using var output = new MemoryStream();
        PdfExporter.Write(document, output, PdfStandards.Default, level);
        return (int)output.Length;
    }

    private static byte[] Deflate(byte[] data, int level)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return output.ToArray();
    }
}
