using System.Text;
using System.Text.RegularExpressions;
using Briefing.Export.Pdf;
using Briefing.Layout.Pages;
using Briefing.Tests.Infrastructure;
using Briefing.Tests.Layout;
using Briefing.Tests.Snapshots;
using SkiaSharp;

namespace Briefing.Tests.Export;

/// <summary>Tagged PDF/UA-1 and PDF/A-2 output: the structure tree of every shipped template and brief, and the checker.</summary>
public sealed class TaggedPdfTests
{
    private static readonly string Templates = RepositoryRoot.Combine("templates");

    public static TheoryData<string, string> Cases() => BriefSnapshotTests.Cases();

    /// <summary>
    /// The structure tree as poppler reads it, in reading order, kept as a snapshot beside this file: headings,
    /// lists with labels and bodies, tables with head and body, notes and links, and none of the running text.
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_template_and_brief_is_tagged_and_conforms(string brief, string template)
    {
        using var renderer = new BriefingRenderer();
        using var stream = File.OpenRead(RepositoryRoot.Combine(brief));
        var result = renderer.Render(brief, stream, new RenderOptions(Templates, template) { SystemFonts = false });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var pdf = BriefingRenderer.ToPdf(result.Document!);

        Assert.Empty(PdfConformance.Check(pdf));
        var (exit, check) = ExternalTool.RunOnPdf(pdf, "qpdf", "--check", "{pdf}");
        Assert.True(exit == 0, check);
        var (structExit, tree) = ExternalTool.RunOnPdf(pdf, "pdfinfo", "-struct-text", "{pdf}");
        Assert.True(structExit == 0, tree);
        Assert.StartsWith("Document", tree);
        var roles = result.Document!.Pages.SelectMany(p => p.Items).Select(i => i.Tag.Role).ToHashSet();
        var expected = new Dictionary<BlockRole, string[]>
        {
            [BlockRole.Heading] = ["H1"],
            [BlockRole.Paragraph] = ["P (block)"],
            [BlockRole.ListItem] = ["L (block)", "LI", "Lbl", "LBody"],
            [BlockRole.TableCell] = ["Table", "TBody", "TR", "TD"],
            [BlockRole.TableHeaderCell] = ["THead", "TH"],
            [BlockRole.Note] = ["Note"],
            [BlockRole.ContentsEntry] = ["TOC", "TOCI"],
        };
        foreach (var (role, elements) in expected.Where(e => roles.Contains(e.Key)))
        {
            foreach (var element in elements)
            {
                Assert.Contains(element, tree);
            }
        }
        // Running header and footer are artifacts: no page number in the tree.
        Assert.DoesNotContain("Page 1 of", tree);
        Snapshot.VerifyText(tree, $"{result.Sheet!.Id}.{template}");
    }

    [Fact]
    public void Untagged_output_has_no_structure_and_no_pdfa_identification()
    {
        var pdf = ExternalTool.Uncompressed(PdfOf("# Title\n\nText.", PdfStandards.None));
        Assert.DoesNotContain("/StructTreeRoot", pdf);
        Assert.DoesNotContain("/MarkInfo", pdf);
        Assert.DoesNotContain("pdfaid", pdf);
        Assert.DoesNotContain("BDC", pdf);
    }

    [Fact]
    public void Pdfa_alone_is_level_u_and_states_no_pdfua()
    {
        var pdf = ExternalTool.Uncompressed(PdfOf("# Title\n\nText.", PdfStandards.A2));
        Assert.Contains("<pdfaid:conformance>U</pdfaid:conformance>", pdf);
        Assert.DoesNotContain("pdfuaid:part", pdf);
        Assert.Contains("/OutputIntents", pdf);
    }

    [Fact]
    public void Qpdf_json_shows_xmp_output_intent_markinfo_lang_and_parent_tree()
    {
        var (exit, json) = ExternalTool.RunOnPdf(Render.Pdf(SampleDocument.Markdown), "qpdf", "--json", "--json-stream-data=inline", "{pdf}");
        Assert.True(exit == 0, json);
        foreach (var key in new[] { "\"/Metadata\"", "\"/OutputIntents\"", "\"/MarkInfo\"", "\"/Lang\"", "\"/ParentTree\"", "\"/StructTreeRoot\"" })
        {
            Assert.Contains(key, json);
        }
    }

    [Fact]
    public void Arabic_and_cyrillic_spans_carry_their_language()
    {
        var pdf = ExternalTool.Uncompressed(Render.Pdf("---\ntitle: t\nlanguage: en\n---\n\nThe minister (فيصل بن فرحان) met Сергей Лавров and Андрій Сибіга."));
        Assert.Contains("/Lang (ar)", pdf);
        Assert.Contains("/Lang (ru)", pdf);
        Assert.Contains("/Lang (uk)", pdf);
    }

    /// <summary>
    /// Lines mixing right-to-left and left-to-right text are drawn in visual order, but the structure (what a screen
    /// reader and a tagged-text extractor read) follows the order the text was written in.
    /// </summary>
    [Theory]
    [InlineData("The minister (فيصل بن فرحان) met Sergey Lavrov in Riyadh.")]
    [InlineData("---\ntitle: t\nlanguage: ar\n---\n\nالتقى وزير الخارجية Sergey Lavrov و Marco Rubio في الرياض اليوم.")]
    [InlineData("Delegations: محمد بن زايد آل نهيان (UAE), שלום עליכם (Israel), and the host.")]
    public void Mixed_right_to_left_lines_read_in_logical_order_in_the_structure(string markdown)
    {
        var body = markdown.Contains("---", StringComparison.Ordinal) ? markdown[(markdown.LastIndexOf("---\n\n", StringComparison.Ordinal) + 5)..] : markdown;
        var (exit, tree) = ExternalTool.RunOnPdf(Render.Pdf(markdown), "pdfinfo", "-struct-text", "{pdf}");
        Assert.True(exit == 0, tree);
        var text = string.Concat(Regex.Matches(tree, "^\\s*\"(.*)\"$", RegexOptions.Multiline).Select(m => m.Groups[1].Value));
        Assert.Equal(body, text);
    }

    [Fact]
    public void A_figure_carries_its_alternative_text()
    {
        using var folder = new TemporaryFolder();
        WritePng(folder.Combine("chart.png"));
        var pdf = Render.Pdf("# Figures\n\n![Bar chart of delegation sizes](chart.png)\n", null, folder.Path);
        Assert.Empty(PdfConformance.Check(pdf));
        var (_, tree) = ExternalTool.RunOnPdf(pdf, "pdfinfo", "-struct-text", "{pdf}");
        Assert.Contains("Figure", tree);
        Assert.Contains("Bar chart of delegation sizes", ExternalTool.Uncompressed(pdf));
    }

    [Fact]
    public void Words_broken_across_lines_keep_their_space_in_the_structure()
    {
        var words = string.Join(" ", Enumerable.Range(0, 80).Select(i => $"word{i}"));
        var (_, tree) = ExternalTool.RunOnPdf(Render.Pdf(words), "pdfinfo", "-struct-text", "{pdf}");
        for (var i = 0; i < 79; i++)
        {
            Assert.Contains($"word{i} word{i + 1}", tree);
        }
    }

    /// <summary>Each condition of the checker, broken in an otherwise conforming file, is reported.</summary>
    [Theory]
    [InlineData("/MarkInfo", "/MarkInfX", "01-002")]
    [InlineData("/DisplayDocTitle", "/DisplayDocTitlX", "07-002")]
    [InlineData("/StructTreeRoot", "/StructTreeRooX", "01-006")]
    [InlineData("/StructParent ", "/StructParenX ", "28-011")]
    [InlineData("/Contents (", "/Contentz (", "28-004")]
    [InlineData("/Tabs /S", "/Tabs /R", "28-010")]
    [InlineData("/F 4", "/F 6", "6.3.2")]
    [InlineData("/FontFile2", "/FontFilX2", "6.2.11.4.1")]
    [InlineData("/OutputIntents", "/OutputIntentX", "6.2.3")]
    [InlineData("<pdfuaid:part>1", "<pdfuaid:part>0", "06-002")]
    [InlineData("<pdfaid:part>2", "<pdfaid:part>3", "6.6.4")]
    [InlineData("<rdf:li xml:lang=\"x-default\">Short", "<rdf:li xml:lang=\"x-default\">Shxrt", "6.6.2.3.1")]
    [InlineData("  /Lang (en)\n  /MarkInfo", "  /Lanx (en)\n  /MarkInfo", "11-006")]
    [InlineData("EMC\n", "EMC\n0 0 1 1 re f\n", "01-001")]
    [InlineData("/ToUnicode", "/ToUnicodX", "6.2.11.7.2")]
    [InlineData("/ID (note-1)", "/XD (note-1)", "19-003")]
    public void The_checker_finds_each_broken_condition(string find, string replace, string rule)
    {
        var good = ExternalTool.Uncompressed(Render.Pdf(LinkedMemo));
        Assert.Empty(PdfConformance.Check(Encoding.Latin1.GetBytes(good)));
        Assert.Contains(find, good);
        var broken = Repair(good[..good.IndexOf(find, StringComparison.Ordinal)] + replace + good[(good.IndexOf(find, StringComparison.Ordinal) + find.Length)..]);
        var failures = PdfConformance.Check(broken);
        Assert.Contains(failures, f => f.Contains(rule, StringComparison.Ordinal));
    }

    [Fact]
    public void The_checker_finds_a_figure_without_alternative_text()
    {
        using var folder = new TemporaryFolder();
        WritePng(folder.Combine("chart.png"));
        var good = ExternalTool.Uncompressed(Render.Pdf("# Figures\n\n![Chart](chart.png)\n", null, folder.Path));
        var at = good.IndexOf("/Alt (Chart)", StringComparison.Ordinal);
        Assert.True(at > 0);
        var failures = PdfConformance.Check(Repair(good[..at] + "/Xlt (Chart)" + good[(at + 12)..]));
        Assert.Contains(failures, f => f.Contains("13-004", StringComparison.Ordinal));
    }

    private const string LinkedMemo = """
        ---
        title: Short memo
        language: en
        ---

        # First heading

        Some text, a [link](https://example.org/) and [another](#second-heading), with a note.[^1]

        [^1]: The note.

        ## Second heading

        More text.
        """;

    // fix-qdf (from qpdf) rewrites stream lengths and the cross-reference table after an edit of a QDF file.
    private static byte[] Repair(string qdf)
    {
        var input = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(input, Encoding.Latin1.GetBytes(qdf));
            var (exit, output) = ExternalTool.Run("fix-qdf", input);
            Assert.True(exit == 0, output);
            return Encoding.Latin1.GetBytes(output);
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static byte[] PdfOf(string markdown, PdfStandards standards) => BriefingRenderer.ToPdf(Render.Document(markdown), standards);

    private static void WritePng(string path)
    {
        using var bitmap = new SKBitmap(40, 20);
        bitmap.Erase(new SKColor(30, 90, 160));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }
}
