using AngleSharp.Dom;
using Briefing.Document;
using Briefing.Export;
using Briefing.Export.Docx;
using Briefing.Tests.Export.Html;
using Briefing.Tests.Snapshots;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Briefing.Tests.Export.Docx;

public sealed class DocxExporterTests
{
    public static TheoryData<string, string> Cases() => BriefSnapshotTests.Cases();

    private static List<string> Validate(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var package = WordprocessingDocument.Open(stream, false);
        return new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
    }

    /// <summary>The Word file as pandoc reads it, in HTML so tables and notes keep their text whole.</summary>
    private static IDocument ReadBack(byte[] docx)
    {
        var path = Path.Combine(Path.GetTempPath(), $"briefing-{Guid.NewGuid():N}.docx");
        try
        {
            File.WriteAllBytes(path, docx);
            var (exit, output) = ExternalTool.Run("pandoc", "-f", "docx", "-t", "html", "--wrap=none", path);
            Assert.True(exit == 0, output);
            return HtmlExporterTests.Parse(output).Document;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.Normalize(System.Text.NormalizationForm.FormC).Split((char[])[' ', '\n', '\t', '\r', '\u00a0'], StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Is_valid_and_pandoc_reads_back_the_same_headings_tables_lists_footnotes_and_text(string brief, string template)
    {
        var result = HtmlExporterTests.Render(brief, template);
        var docx = BriefingRenderer.ToDocx(result.Source!);
        var errors = Validate(docx);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));

        var tree = result.Tree!;
        var read = ReadBack(docx);
        var headings = tree.Descendants().OfType<HeadingNode>().Select(h => (h.Level, Normalise(NodeWalk.PlainText(h)))).ToList();
        var readHeadings = read.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => (h.LocalName[1] - '0', Normalise(h.TextContent))).ToList();
        Assert.Equal(headings, readHeadings);
        Assert.Equal(tree.Descendants().OfType<TableNode>().Count(), read.QuerySelectorAll("table").Length);
        Assert.Equal(tree.Descendants().OfType<TableRowNode>().Count(), read.QuerySelectorAll("tr").Length);
        var notes = read.QuerySelectorAll("[role=doc-endnotes] li, .footnotes li");
        Assert.Equal(tree.Footnotes.Count, notes.Length);
        var items = read.QuerySelectorAll("li").Length - notes.Length;
        Assert.Equal(tree.Descendants().Count(n => n is ListItemNode or ContentsEntryNode), items);

        var text = Normalise(read.Body!.TextContent);
        var words = tree.Descendants().OfType<TextNode>().SelectMany(t => Normalise(t.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.NotEmpty(words);
        var missing = words.Where(w => !text.Contains(w, StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(missing.Count == 0, "not read back: " + string.Join(" ", missing.Take(20)));
    }

    [Fact]
    public void Cyrillic_and_arabic_text_comes_back_and_arabic_runs_right_to_left()
    {
        var markdown = "---\ntitle: Языки\nlanguage: en\n---\n\n# Переговоры в Эр-Рияде\n\nМинистр иностранных дел встретился с делегацией.\n\nمحادثات الرياض بين الوفدين {lang=ar}\n\n| Сторона | الموقف |\n|---|---|\n| Россия | الرياض |\n";
        var docx = DocxOf(markdown);
        Assert.Empty(Validate(docx));
        var text = Normalise(ReadBack(docx).Body!.TextContent);
        Assert.Contains("Переговоры в Эр-Рияде", text);
        Assert.Contains("Министр иностранных дел встретился с делегацией.", text);
        Assert.Contains("محادثات الرياض بين الوفدين", text);
        Assert.Contains("الموقف", text);
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var xml = package.MainDocumentPart!.Document!.OuterXml;
        Assert.Contains("<w:bidi />", xml);
        Assert.Contains("<w:rtl />", xml);
        Assert.Contains("w:bidi=\"ar\"", xml);
        Assert.Equal("Языки", package.PackageProperties.Title);
        Assert.Equal("en", package.PackageProperties.Language);
    }

    [Fact]
    public void Uses_word_styles_header_rows_footnotes_bookmarks_and_page_fields()
    {
        var docx = DocxOf("# Title\n\n## Part\n\nSee [the part](#part) and [the web](https://example.org)[^n].\n\n1. one\n2. two\n\n> quoted\n\n| H |\n|---|\n| c |\n\n[^n]: The note.\n");
        Assert.Empty(Validate(docx));
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = package.MainDocumentPart!;
        var xml = main.Document!.OuterXml;
        Assert.Contains("w:val=\"Heading1\"", xml);
        Assert.Contains("w:val=\"Heading2\"", xml);
        Assert.Contains("w:val=\"Quote\"", xml);
        Assert.Contains("<w:tblHeader />", xml);
        Assert.Contains("w:anchor=\"part\"", xml);
        Assert.Contains("w:name=\"part\"", xml);
        Assert.Contains("<w:numId", xml);
        Assert.Equal("https://example.org/", main.HyperlinkRelationships.Single().Uri.ToString());
        Assert.Contains("The note.", main.FootnotesPart!.Footnotes!.InnerText);
        var footer = string.Concat(main.FooterParts.Select(f => f.Footer!.OuterXml));
        Assert.Contains("PAGE", footer);
        Assert.Contains("NUMPAGES", footer);
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        var first = BriefingRenderer.ToDocx(HtmlExporterTests.Render("briefs/2025-02-18-riyadh-us-russia-talks.yaml", "memo").Source!);
        Thread.Sleep(2100);
        var second = BriefingRenderer.ToDocx(HtmlExporterTests.Render("briefs/2025-02-18-riyadh-us-russia-talks.yaml", "memo").Source!);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Values_that_look_like_html_markdown_or_scriban_show_literally()
    {
        var docx = BriefingRenderer.ToDocx(HtmlExporterTests.Render("tests/Briefing.Tests/Briefs/special-characters.yaml", "memo").Source!);
        Assert.Empty(Validate(docx));
        var text = ReadBack(docx).Body!.TextContent;
        Assert.Contains("City | <script>alert(1)</script>", text);
        Assert.Contains("Point **strong**", text);
        Assert.Contains("Host {{ 2*3 }}", text);
        Assert.Contains("Background <div>html</div> & ampersand &amp; entity", text);
    }

    [Fact]
    public void Page_references_are_pageref_fields_that_link_to_the_heading_bookmark()
    {
        var result = HtmlExporterTests.Render("briefs/2025-02-18-riyadh-us-russia-talks.yaml", "book");
        var docx = BriefingRenderer.ToDocx(result.Source!);
        Assert.Empty(Validate(docx));

        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = package.MainDocumentPart!.Document!.Body!;
        var bookmarks = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.BookmarkStart>().Select(b => b.Name!.Value).ToHashSet();
        var fields = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.FieldCode>().Where(f => f.Text.Contains("PAGEREF", StringComparison.Ordinal)).ToList();
        Assert.Equal(result.Tree!.Descendants().OfType<PageReferenceNode>().Count(), fields.Count);
        Assert.All(fields, field =>
        {
            var words = field.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(["PAGEREF", words[1], "\\h"], words);
            Assert.Contains(words[1], bookmarks);
        });

        // pandoc names the heading by its text and reads each field as a link to it showing the PDF's page.
        var annex = Assert.Single(result.Document!.Outline, e => e.Destination == "annex-delegations").PageIndex + 1;
        var read = ReadBack(docx);
        var heading = Assert.Single(read.QuerySelectorAll("h1"), h => h.TextContent == "Annex A: Delegations");
        var links = read.QuerySelectorAll($"a[href='#{heading.Id}']").Select(a => a.TextContent).ToList();
        Assert.Equal(3, links.Count(text => text == annex.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void An_svg_figure_is_an_svg_picture_with_a_png_of_the_same_drawing_for_older_readers()
    {
        using var folder = new Infrastructure.TemporaryFolder();
        File.WriteAllText(folder.Combine("mark.svg"), """
            <svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" viewBox="0 0 100 50">
              <rect x="0" y="0" width="50" height="50" fill="#1f3864"/>
            </svg>
            """);
        var docx = DocxOf("![A blue square](mark.svg){width=100pt}\n", folder.Path);
        Assert.Empty(Validate(docx));

        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = package.MainDocumentPart!;
        var blip = Assert.Single(main.Document!.Body!.Descendants<DocumentFormat.OpenXml.Drawing.Blip>());
        var svg = Assert.Single(blip.Descendants<DocumentFormat.OpenXml.Office2019.Drawing.SVG.SVGBlip>());
        var svgPart = (ImagePart)main.GetPartById(svg.Embed!.Value!);
        Assert.Equal("image/svg+xml", svgPart.ContentType);
        Assert.Equal(File.ReadAllBytes(folder.Combine("mark.svg")), Bytes(svgPart));
        var pngPart = (ImagePart)main.GetPartById(blip.Embed!.Value!);
        Assert.Equal("image/png", pngPart.ContentType);
        Assert.Equal("A blue square", Assert.Single(main.Document.Body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>()).Description!.Value);

        // 100 × 50 points at 192 dpi; the left half is the square, the right half is transparent.
        using var png = SkiaSharp.SKBitmap.Decode(Bytes(pngPart));
        Assert.Equal((267, 134), (png.Width, png.Height));
        Assert.Equal(new SkiaSharp.SKColor(0x1f, 0x38, 0x64), png.GetPixel(60, 67));
        Assert.Equal(0, png.GetPixel(200, 67).Alpha);

        // pandoc (2.17) takes the PNG and its size; it does not read the description as alt text.
        var read = Assert.Single(ReadBack(docx).QuerySelectorAll("img"));
        Assert.EndsWith(".png", read.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Contains("width:1.38889in", read.GetAttribute("style"), StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_keep_the_column_widths_of_the_pdf_and_a_cell_image_is_a_picture()
    {
        var result = HtmlExporterTests.Render("briefs/2025-02-18-riyadh-us-russia-talks.yaml", "cable");
        var docx = BriefingRenderer.ToDocx(result.Source!);
        Assert.Empty(Validate(docx));

        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = package.MainDocumentPart!.Document!.Body!;
        var tables = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().ToList();
        var twips = (float)Math.Round(result.Source!.Theme.Page.BodyWidth * 20);
        uint[] Grid(DocumentFormat.OpenXml.Wordprocessing.Table t) =>
            t.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.TableGrid>()!.Elements<DocumentFormat.OpenXml.Wordprocessing.GridColumn>()
                .Select(c => uint.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        var header = Grid(tables[0]);
        Assert.Equal(56u * 20, header[0]);
        Assert.InRange(header[1], twips - 56 * 20 - 2, twips - 56 * 20 + 2);
        var drawing = Assert.Single(tables[0].Descendants<DocumentFormat.OpenXml.Wordprocessing.Drawing>());
        Assert.NotEmpty(drawing.Descendants<DocumentFormat.OpenXml.Office2019.Drawing.SVG.SVGBlip>());

        var glance = Grid(tables.Single(t => Grid(t).Length == 4));
        Assert.InRange(glance[0], twips * 0.12f - 2, twips * 0.12f + 2);
        Assert.InRange(glance[1], twips * 0.09f - 2, twips * 0.09f + 2);
        Assert.InRange(glance[3], twips * 0.32f - 2, twips * 0.32f + 2);
        Assert.InRange(glance.Sum(w => (float)w), twips - 4, twips + 4);
    }

    private static byte[] Bytes(OpenXmlPart part)
    {
        using var stream = part.GetStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static byte[] DocxOf(string markdown, string? imageDirectory = null)
    {
        var tree = Briefing.Markup.TreeBuilder.Build(markdown);
        var laid = Layout.Render.Document(markdown, baseDirectory: imageDirectory);
        return DocxExporter.Write(new TreeDocument(tree, laid.Metadata, Briefing.Layout.ThemeLoader.Default, imageDirectory));
    }
}
