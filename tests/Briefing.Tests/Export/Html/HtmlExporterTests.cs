using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Layout.Pages;
using Briefing.Tests.Infrastructure;
using Briefing.Tests.Snapshots;

namespace Briefing.Tests.Export.Html;

public sealed class HtmlExporterTests
{
    private static readonly string Templates = RepositoryRoot.Combine("templates");

    public static TheoryData<string, string> Cases() => BriefSnapshotTests.Cases();

    internal static RenderResult Render(string brief, string template)
    {
        using var renderer = new BriefingRenderer();
        using var stream = File.OpenRead(RepositoryRoot.Combine(brief));
        var result = renderer.Render(brief, stream, new RenderOptions(Templates, template));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    internal static (IDocument Document, List<string> Errors) Parse(string html)
    {
        var errors = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) => errors.Add(e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error ? $"{error.Position}: {error.Message}" : e.Type);
        var document = parser.ParseDocument(html);
        return (document, errors);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Is_valid_semantic_html_that_holds_every_word_of_the_pdf(string brief, string template)
    {
        var result = Render(brief, template);
        var html = System.Text.Encoding.UTF8.GetString(BriefingRenderer.ToHtml(result.Source!));
        var (document, errors) = Parse(html);

        Assert.Empty(errors);
        Assert.False(string.IsNullOrEmpty(document.DocumentElement.GetAttribute("lang")));
        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.All(document.QuerySelectorAll("th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.All(document.QuerySelectorAll("img"), img => Assert.NotNull(img.GetAttribute("alt")));
        Assert.Empty(document.QuerySelectorAll("script, link, iframe, object, embed, base"));
        Assert.All(document.QuerySelectorAll("[src]"), e => Assert.StartsWith("data:", e.GetAttribute("src")));
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);

        var text = Normalise(document.Body!.TextContent);
        Assert.NotEmpty(PdfWords(result.Document!));
        var missing = PdfWords(result.Document!).Where(w => !text.Contains(w, StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(missing.Count == 0, "not in the HTML: " + string.Join(" ", missing.Take(20)));
    }

    /// <summary>
    /// The words of the document's text as the PDF writes them: decoration (running header, footer, page numbers)
    /// and list and footnote markers left out, since HTML numbers those itself.
    /// </summary>
    private static IEnumerable<string> PdfWords(LaidOutDocument document) =>
        document.Pages.SelectMany(p => p.Items).OfType<GlyphRunItem>()
            .Where(r => r.Tag.Role is not (BlockRole.Artifact or BlockRole.ListItem or BlockRole.Note))
            .SelectMany(r => Normalise(r.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            // The hyphen of a word hyphenated at a line end is a soft hyphen, not a word.
            .Where(w => w != "\u00AD")
            // A word broken at the end of a line keeps its hyphen in the PDF.
            .Select(w => w.Length > 1 && w.EndsWith('-') ? w[..^1] : w);

    private static string Normalise(string text) =>
        string.Join(' ', text.Normalize(System.Text.NormalizationForm.FormC).Split((char[])[' ', '\n', '\t', '\r', '\u00a0'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void The_checker_sees_parse_errors() => Assert.NotEmpty(Parse("<html><p>unclosed <b>bold</p>").Errors);

    [Fact]
    public void Values_that_look_like_html_markdown_or_scriban_show_literally()
    {
        var result = Render("tests/Briefing.Tests/Briefs/special-characters.yaml", "memo");
        var html = System.Text.Encoding.UTF8.GetString(BriefingRenderer.ToHtml(result.Source!));
        var (document, errors) = Parse(html);
        Assert.Empty(errors);
        Assert.Empty(document.QuerySelectorAll("script, b, i, main div div"));
        var text = document.Body!.TextContent;
        Assert.Contains("City | <script>alert(1)</script>", text);
        Assert.Contains("Point **strong**", text);
        Assert.Contains("Host {{ 2*3 }}", text);
        Assert.Contains("Background <div>html</div> & ampersand &amp; entity", text);
        Assert.Contains("Title *star* #hash |pipe| <b>tag</b> _under_ [x](y) {{ 1+1 }}", document.Title);
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        var first = BriefingRenderer.ToHtml(Render("briefs/2025-02-18-riyadh-us-russia-talks.yaml", "book").Source!);
        var second = BriefingRenderer.ToHtml(Render("briefs/2025-02-18-riyadh-us-russia-talks.yaml", "book").Source!);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Footnotes_are_an_aside_with_links_back_to_the_text()
    {
        var html = HtmlOf("Text with a note[^a] and the same again[^a].\n\n[^a]: The note.\n");
        var (document, errors) = Parse(html);
        Assert.Empty(errors);
        var aside = Assert.Single(document.QuerySelectorAll("aside"));
        var note = Assert.Single(aside.QuerySelectorAll("li"));
        Assert.Equal("fn-1", note.Id);
        Assert.Equal("#fnref-1", note.QuerySelector("a[role=doc-backlink]")!.GetAttribute("href"));
        var references = document.QuerySelectorAll("main a[role=doc-noteref]");
        Assert.Equal(["fnref-1", "fnref-1-2"], references.Select(r => r.Id));
        Assert.All(references, r => Assert.Equal("#fn-1", r.GetAttribute("href")));
    }

    /// <summary>A right-to-left item has its marker on the right, as in the PDF; the browser cannot tell from `dir="auto"`.</summary>
    [Fact]
    public void A_right_to_left_list_item_is_right_to_left()
    {
        var (document, errors) = Parse(HtmlOf("- وافقت الأطراف على جولة ثالثة.\n- The parties agreed.\n"));
        Assert.Empty(errors);
        var items = document.QuerySelectorAll("main li");
        Assert.Equal(["rtl", "auto"], items.Select(i => i.GetAttribute("dir")));
        Assert.Equal("rtl", document.QuerySelector("main ul")!.GetAttribute("dir"));
    }

    [Fact]
    public void Figures_have_an_inlined_image_alt_text_and_caption()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllBytes(folder.Combine("dot.png"), Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        var html = HtmlOf("![A dot](dot.png \"One pixel\")\n", folder.Path);
        var (document, errors) = Parse(html);
        Assert.Empty(errors);
        var figure = Assert.Single(document.QuerySelectorAll("figure"));
        var image = figure.QuerySelector("img")!;
        Assert.Equal("A dot", image.GetAttribute("alt"));
        Assert.StartsWith("data:image/png;base64,iVBOR", image.GetAttribute("src"));
        Assert.Equal("One pixel", figure.QuerySelector("figcaption")!.TextContent);
    }

    [Theory]
    [InlineData("{width=40pt}", "width: 40pt; height: 40pt")]
    [InlineData("{height=1in}", "width: 72pt; height: 72pt")]
    [InlineData("", "width: 1pt; height: 1pt")]
    public void Figures_are_as_large_as_their_attributes_ask_as_in_the_pdf(string attributes, string style)
    {
        using var folder = new TemporaryFolder();
        File.WriteAllBytes(folder.Combine("dot.png"), Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        var (document, _) = Parse(HtmlOf($"![A dot](dot.png){attributes}\n", folder.Path));
        Assert.Equal(style, document.QuerySelector("img")!.GetAttribute("style"));
    }

    [Fact]
    public void A_document_with_several_top_headings_gets_its_title_as_the_one_h1()
    {
        var (document, _) = Parse(HtmlOf("---\ntitle: The brief\n---\n\n# One\n\n# Two\n\n## Under two\n"));
        Assert.Equal(["The brief"], document.QuerySelectorAll("h1").Select(h => h.TextContent));
        Assert.Equal(["One", "Two"], document.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Equal(["Under two"], document.QuerySelectorAll("h3").Select(h => h.TextContent));
    }

    [Fact]
    public void Links_that_would_run_code_are_left_out()
    {
        var (document, _) = Parse(HtmlOf("[click](javascript:alert(1)) [web](https://example.org)\n"));
        Assert.Equal(["https://example.org"], document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("click", document.Body!.TextContent);
    }

    [Fact]
    public void Page_references_link_to_their_heading_and_show_the_page_of_the_pdf()
    {
        var result = Render("briefs/2025-02-18-riyadh-us-russia-talks.yaml", "book");
        var (document, errors) = Parse(System.Text.Encoding.UTF8.GetString(BriefingRenderer.ToHtml(result.Source!)));

        Assert.Empty(errors);
        var references = document.QuerySelectorAll("a.bf-page-ref");
        Assert.Equal(result.Tree!.Descendants().OfType<Briefing.Document.PageReferenceNode>().Count(), references.Length);
        Assert.All(references, reference =>
        {
            var target = reference.GetAttribute("href")![1..];
            Assert.NotNull(document.GetElementById(target));
            var page = Assert.Single(result.Document!.Outline, e => e.Destination == target).PageIndex + 1;
            Assert.Equal(page.ToString(System.Globalization.CultureInfo.InvariantCulture), reference.TextContent);
        });
    }

    [Fact]
    public void Tables_keep_the_column_widths_of_the_pdf_and_a_cell_image_is_an_image()
    {
        var result = Render("briefs/2025-02-18-riyadh-us-russia-talks.yaml", "cable");
        var (document, errors) = Parse(System.Text.Encoding.UTF8.GetString(BriefingRenderer.ToHtml(result.Source!)));
        Assert.Empty(errors);

        var tables = document.QuerySelectorAll("table");
        var header = tables[0];
        Assert.Equal(["width: 56pt", null], header.QuerySelectorAll("col").Select(c => c.GetAttribute("style")));
        var seal = Assert.Single(header.QuerySelectorAll("td img"));
        Assert.Equal("Seal of the Department", seal.GetAttribute("alt"));
        Assert.StartsWith("data:image/svg+xml;base64,", seal.GetAttribute("src"));
        var glance = tables.Single(t => t.Closest("div.glance") is not null);
        Assert.Equal(["width: 12%", "width: 9%", null, "width: 32%"], glance.QuerySelectorAll("col").Select(c => c.GetAttribute("style")));
        Assert.Empty(tables.Where(t => t != header && t != glance).SelectMany(t => t.QuerySelectorAll("colgroup")));
    }

    private static string HtmlOf(string markdown, string? imageDirectory = null)
    {
        var tree = Briefing.Markup.TreeBuilder.Build(markdown);
        var laid = Layout.Render.Document(markdown, baseDirectory: imageDirectory);
        return Briefing.Export.Html.HtmlExporter.Write(new Briefing.Export.TreeDocument(tree, laid.Metadata, Briefing.Layout.ThemeLoader.Default, imageDirectory));
    }
}
