using System.Text.RegularExpressions;
using Briefing.Export;
using Briefing.Export.Docx;
using Briefing.Export.Html;
using Briefing.Export.Pdf;
using Briefing.Tests.Export.Html;
using Briefing.Tests.Layout;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Briefing.Tests.Export;

/// <summary>
/// A note cited inside a note is numbered right after it, and the PDF, the HTML and the Word file give every note
/// and every mark the same number.
/// </summary>
public sealed partial class FootnoteNumberingTests
{
    // Note a cites c; the text cites a, then b, then a again. Reading order: a = 1, c = 2, b = 3.
    private const string Markdown = "Text.[^a] More text.[^b] Again.[^a]\n\n[^a]: The first note cites another.[^c]\n\n[^b]: The note of the text.\n\n[^c]: The note cited in a note.\n";

    private static readonly string[] Notes = ["The first note cites another.", "The note cited in a note.", "The note of the text."];

    [GeneratedRegex(@"Note <note-(\d+)>.*?\n\s+Lbl \(block\)\n\s+Link \(inline\)\n\s+""(\d+)\.""\n\s+Object \d+ 0\n\s+P \(block\)\n\s+""([^""]+)""")]
    private static partial Regex PdfNote();

    [GeneratedRegex(@"/(fn(?:ref)?-\d+)\s+\[\s+\d+ 0 R\s+/XYZ\s+[\d.]+\s+([\d.]+)\s+null\s+\]")]
    private static partial Regex PdfDestination();

    [GeneratedRegex(@"/Contents \(([\d.]+)\)\s+/Dest /(fn(?:ref)?-\d+)")]
    private static partial Regex PdfLink();

    private static TreeDocument Document()
    {
        var laid = Render.Document(Markdown);
        return new TreeDocument(Briefing.Markup.TreeBuilder.Build(Markdown), laid.Metadata, Briefing.Layout.ThemeLoader.Default, null);
    }

    [Fact]
    public void The_pdf_tags_each_note_with_its_number_and_its_marks_lead_to_it_and_back()
    {
        using var output = new MemoryStream();
        PdfExporter.Write(Render.Document(Markdown), output);
        var pdf = output.ToArray();
        Assert.Empty(PdfConformance.Check(pdf));
        var (exit, tree) = ExternalTool.RunOnPdf(pdf, "pdfinfo", "-struct-text", "{pdf}");
        Assert.True(exit == 0, tree);
        var notes = PdfNote().Matches(tree).Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)).ToList();
        Assert.Equal([("1", "1", Notes[0]), ("2", "2", Notes[1]), ("3", "3", Notes[2])], notes);

        // Every mark, in the text and in a note, links to the destination of the note whose number it shows; the
        // destinations run down the page in the notes' order.
        var (qdfExit, qdf) = ExternalTool.RunOnPdf(pdf, "qpdf", "--qdf", "--object-streams=disable", "{pdf}", "-");
        Assert.True(qdfExit == 0, qdf);
        var flat = qdf.ReplaceLineEndings(" ");
        var links = PdfLink().Matches(flat).Select(m => (m.Groups[2].Value, m.Groups[1].Value)).ToList();
        Assert.Equal([("fn-1", "1"), ("fn-3", "3"), ("fn-1", "1"), ("fnref-1", "1."), ("fn-2", "2"), ("fnref-2", "2."), ("fnref-3", "3.")], links);
        var heights = PdfDestination().Matches(flat).ToDictionary(m => m.Groups[1].Value, m => float.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(heights["fn-1"] > heights["fn-2"] && heights["fn-2"] > heights["fn-3"], string.Join(", ", heights));
        // The numbers lead back: to the first mark of note 1 and of note 3 in the text, to note 2's mark in note 1.
        Assert.True(heights["fnref-1"] == heights["fnref-3"] && heights["fnref-3"] > heights["fn-1"] && heights["fnref-2"] > heights["fn-2"], string.Join(", ", heights));
    }

    [Fact]
    public void The_html_numbers_the_notes_and_the_marks_alike()
    {
        var (html, errors) = HtmlExporterTests.Parse(HtmlExporter.Write(Document()));
        Assert.Empty(errors);
        var notes = html.QuerySelectorAll("aside li");
        Assert.Equal(["fn-1", "fn-2", "fn-3"], notes.Select(n => n.Id));
        Assert.Equal(["1", "2", "3"], notes.Select(n => n.GetAttribute("value")));
        Assert.Equal(Notes, notes.Select(n => n.QuerySelector("p")!.ChildNodes.First().TextContent.Trim()));
        var marks = html.QuerySelectorAll("a[role=doc-noteref]");
        Assert.Equal(["1", "3", "1", "2"], marks.Select(m => m.TextContent));
        Assert.All(marks, m => Assert.Equal("#fn-" + m.TextContent, m.GetAttribute("href")));
        Assert.All(notes, n => Assert.Equal("#fnref-" + n.Id![3..], n.QuerySelector("a[role=doc-backlink]")!.GetAttribute("href")));
    }

    [Fact]
    public void The_word_file_writes_out_the_marks_and_carries_a_note_cited_in_a_note_inside_it()
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(DocxExporter.Write(Document())), false);
        var main = package.MainDocumentPart!;
        // Word would count the second footnote of the text as 2: the marks carry the document's numbers instead.
        var references = main.Document!.Descendants<FootnoteReference>().ToList();
        Assert.Equal([1L, 3L], references.Select(r => r.Id!.Value));
        Assert.All(references, r => Assert.True(r.CustomMarkFollows?.Value));
        Assert.Equal(["1", "3"], references.Select(r => r.Parent!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Single().Text));
        var marks = main.Document.Descendants<Run>().Select(r => r.InnerText).Where(t => t.Length == 1 && char.IsDigit(t[0]));
        Assert.Equal(["1", "3", "1"], marks);

        // Word footnotes cannot cite one another (Word and LibreOffice refuse the file): note 2 is inside note 1.
        var footnotes = main.FootnotesPart!.Footnotes!.Elements<Footnote>().Where(f => f.Id!.Value > 0).ToList();
        Assert.Empty(footnotes.SelectMany(f => f.Descendants<FootnoteReference>()));
        Assert.Equal([1L, 3L], footnotes.Select(f => f.Id!.Value));
        var first = footnotes[0].Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal([" " + Notes[0] + "2", "2 " + Notes[1]], first);
        Assert.NotNull(footnotes[0].Descendants<FootnoteReferenceMark>().SingleOrDefault());
        Assert.Equal(" " + Notes[2], footnotes[1].InnerText);
    }

    [Fact]
    public void The_word_file_keeps_word_own_numbering_when_it_gives_the_same_numbers()
    {
        const string plain = "One.[^a] Two.[^b]\n\n[^a]: A.\n\n[^b]: B.\n";
        var laid = Render.Document(plain);
        var document = new TreeDocument(Briefing.Markup.TreeBuilder.Build(plain), laid.Metadata, Briefing.Layout.ThemeLoader.Default, null);
        using var package = WordprocessingDocument.Open(new MemoryStream(DocxExporter.Write(document)), false);
        var references = package.MainDocumentPart!.Document!.Descendants<FootnoteReference>().ToList();
        Assert.Equal([1L, 2L], references.Select(r => r.Id!.Value));
        Assert.All(references, r => Assert.Null(r.CustomMarkFollows));
    }
}
