using System.Globalization;
using System.Text;
using Briefing.Export;
using Briefing.Layout.Pages;
using Briefing.Tests.Infrastructure;
using Briefing.Tests.Layout;
using UglyToad.PdfPig;

namespace Briefing.Tests.Export;

public sealed class PdfFileTests
{
    private const string Short = """
        ---
        title: Short memo
        subject: Test subject
        author: Test Author
        keywords: alpha, beta
        language: en
        classification: RESTRICTED
        date: 2026-03-14
        ---

        # First heading

        Some text, and [a link](#second-heading).

        ## Second heading

        Привет, мир. Съешь же ещё этих мягких французских булок.

        مرحبا بالعالم
        """;

    [Fact]
    public void Fonts_are_subset_so_a_short_document_is_small()
    {
        var pdf = Render.Pdf(Short);
        Assert.True(pdf.Length < 100 * 1024, $"{pdf.Length} bytes");
    }

    [Fact]
    public void The_Riyadh_memo_is_under_60_KB()
    {
        const string brief = "briefs/2025-02-18-riyadh-us-russia-talks.yaml";
        using var renderer = new BriefingRenderer();
        using var stream = File.OpenRead(RepositoryRoot.Combine(brief));
        var result = renderer.Render(brief, stream, new RenderOptions(RepositoryRoot.Combine("templates"), "memo") { SystemFonts = false });

        var pdf = BriefingRenderer.ToPdf(result.Document!);

        Assert.InRange(pdf.Length, 1, 60_000);
    }

    [Fact]
    public void Same_input_gives_the_same_bytes()
    {
        Assert.Equal(Render.Pdf(SampleDocument.Markdown), Render.Pdf(SampleDocument.Markdown));
    }

    [Fact]
    public void Metadata_comes_from_the_front_matter_and_never_from_the_clock()
    {
        using var pdf = PdfDocument.Open(Render.Pdf(Short));
        var info = pdf.Information;
        Assert.Equal("Short memo", info.Title);
        Assert.Equal("Test subject", info.Subject);
        Assert.Equal("Test Author", info.Author);
        Assert.Equal("alpha, beta", info.Keywords);
        Assert.Equal("Briefing", info.Creator);
        Assert.StartsWith("D:20260314", info.CreationDate);
        Assert.StartsWith("D:20260314", info.ModifiedDate);
    }

    [Fact]
    public void Without_a_date_the_pdf_carries_a_fixed_one()
    {
        using var pdf = PdfDocument.Open(Render.Pdf("Just text."));
        Assert.StartsWith("D:2000", pdf.Information.CreationDate);
    }

    [Fact]
    public void Headings_become_the_outline()
    {
        using var pdf = PdfDocument.Open(Render.Pdf(Short));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var root = Assert.Single(bookmarks.Roots);
        Assert.Equal("First heading", root.Title);
        Assert.Equal("Second heading", Assert.Single(root.Children).Title);
    }

    [Fact]
    public void Cyrillic_text_can_be_extracted()
    {
        using var pdf = PdfDocument.Open(Render.Pdf(Short));
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Привет,", text);
        Assert.Contains("французских", text);
    }

    [Fact]
    public void Arabic_text_can_be_extracted_after_normalising()
    {
        using var pdf = PdfDocument.Open(Render.Pdf(Short));
        // PdfPig reads the glyphs' presentation forms in visual order; fold them back to logical text.
        var words = pdf.GetPages().SelectMany(p => p.GetWords())
            .Select(w => w.Text.Normalize(NormalizationForm.FormKC))
            .Select(w => w.Any(c => c is >= '\u0600' and <= '\u06FF') ? new string(w.Reverse().ToArray()) : w)
            .ToList();
        Assert.Contains("مرحبا", words);
        Assert.Contains("بالعالم", words);
    }

    [Fact]
    public void The_language_is_set_on_the_catalog()
    {
        var pdf = ExternalTool.Uncompressed(Render.Pdf(Short));
        Assert.Contains("/Lang (en)", pdf);
    }

    [Fact]
    public void Internal_links_and_external_links_are_annotations()
    {
        var pdf = ExternalTool.Uncompressed(Render.Pdf(SampleDocument.Markdown));
        Assert.Contains("/URI (https://example.org/visit)", pdf);
        Assert.Contains("/Dests", pdf);
    }

    [Fact]
    public void Qpdf_finds_no_errors()
    {
        var (exit, output) = ExternalTool.RunOnPdf(Render.Pdf(SampleDocument.Markdown), "qpdf", "--check", "{pdf}");
        Assert.True(exit == 0, output);
        Assert.Contains("No syntax or stream encoding errors", output);
    }

    [Fact]
    public void Pdftotext_reads_arabic_in_logical_order_and_the_page_numbers()
    {
        var (exit, output) = ExternalTool.RunOnPdf(Render.Pdf(Short), "pdftotext", "{pdf}", "-");
        Assert.True(exit == 0, output);
        Assert.Contains("مرحبا بالعالم", output);
        Assert.Contains("Page 1 of 1", output);
        Assert.Contains("RESTRICTED", output);
        Assert.Contains("14 March 2026", output);
    }

    [Fact]
    public void A_long_document_loses_no_words()
    {
        var words = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima".Split(' ');
        var markdown = new StringBuilder();
        var expected = 0;
        for (var s = 0; s < 300; s++)
        {
            markdown.Append(CultureInfo.InvariantCulture, $"## Part {s}\n\n");
            var paragraph = string.Join(" ", Enumerable.Range(0, 90).Select(i => words[(i * 7 + s) % words.Length]));
            markdown.Append(paragraph).Append("\n\n");
            expected += 90;
        }
        var bytes = Render.Pdf(markdown.ToString(), TestThemes.Small);
        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.NumberOfPages >= 300, $"{pdf.NumberOfPages} pages");
        var found = pdf.GetPages().SelectMany(p => p.GetWords()).Count(w => words.Contains(w.Text));
        Assert.Equal(expected, found);
    }

    [Fact]
    public void Words_of_a_line_in_one_font_are_one_text_object()
    {
        var words = string.Join(" ", Enumerable.Range(0, 60).Select(i => $"word{i}"));
        using var one = PdfDocument.Open(Render.Pdf("Word."));
        using var many = PdfDocument.Open(Render.Pdf(words));
        var page = many.GetPage(1);
        var lines = page.GetWords().Where(w => w.Text.StartsWith("word", StringComparison.Ordinal)).Select(w => Math.Round(w.BoundingBox.Bottom)).Distinct().Count();
        var extra = TextObjects(page) - TextObjects(one.GetPage(1));
        Assert.True(lines >= 3, $"{lines} lines");
        // One more text object per line than a page with one word, and not one per word and space.
        Assert.Equal(lines - 1, extra);
        Assert.Equal(60, page.GetWords().Count(w => w.Text.StartsWith("word", StringComparison.Ordinal)));
    }

    [Fact]
    public void Mixed_latin_and_arabic_on_one_line_read_back_in_order()
    {
        var (exit, output) = ExternalTool.RunOnPdf(Render.Pdf("The talks in الرياض began on time, said the host."), "pdftotext", "{pdf}", "-");
        Assert.True(exit == 0, output);
        Assert.Contains("The talks in", output);
        Assert.Contains("الرياض", output);
        Assert.Contains("began on time, said the host.", output);
    }

    [Theory]
    [InlineData(0f, 1)]
    [InlineData(40f, 2)]
    public void Runs_join_only_where_the_text_follows_on(float gap, int textObjects)
    {
        // Two words at one baseline: touching (one line of text) or apart (two table cells side by side).
        using var fonts = new Briefing.Text.FontLibrary();
        var face = fonts.Primary(new Briefing.Text.FontRequest(["Noto Sans"], false, false));
        var alpha = fonts.Shape(face, "Alpha", 10, false);
        var beta = fonts.Shape(face, "Beta", 10, false);
        GlyphRunItem Item(Briefing.Text.ShapedRun run, float x) => new(StructureTag.Artifact, x, 100, face.Id, 10, Rgba.Black,
            [.. run.Glyphs], [.. run.GlyphX], [.. run.YOffsets], run.Text, [.. run.Clusters], run.Width);
        var page = new LaidOutPage(300, 300, [Item(alpha, 50), Item(beta, 50 + alpha.Width + gap)]);
        var document = new LaidOutDocument([page], [new EmbeddedFont(face.Id, face.Name, face.Data, face.Index)],
            new DocumentMetadata("t", null, null, null, null, null, null), []);
        using var pdf = PdfDocument.Open(BriefingRenderer.ToPdf(document));
        Assert.Equal(textObjects, TextObjects(pdf.GetPage(1)));
    }

    private static int TextObjects(UglyToad.PdfPig.Content.Page page) =>
        page.Operations.Count(o => o is UglyToad.PdfPig.Graphics.Operations.TextObjects.BeginText);
}
