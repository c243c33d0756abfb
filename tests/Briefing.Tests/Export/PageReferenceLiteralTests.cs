using Briefing.Document;
using Briefing.Layout.Pages;
using Briefing.Tests.Export.Html;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Export;

/// <summary>A fact-sheet value written like a page reference is text in every format, never a reference.</summary>
public sealed class PageReferenceLiteralTests
{
    private const string Markdown = "See [](#overview){.page} now";
    private const string Scriban = "See {{ b.ref \"overview\" }} now";

    [Fact]
    public void Values_that_look_like_page_references_show_literally_in_pdf_html_and_docx()
    {
        using var folder = new TemporaryFolder();
        var sheet = File.ReadAllText(RepositoryRoot.Combine("tests", "Briefing.Tests", "Briefs", "special-characters.yaml"))
            .Replace("risks: [\"Risk ~~strike~~ | pipe\"]", $"risks: [{Quoted(Markdown)}, {Quoted(Scriban)}]", StringComparison.Ordinal);
        Assert.Contains(Markdown, sheet, StringComparison.Ordinal);
        var path = folder.Write("sheet.yaml", sheet);

        using var renderer = new BriefingRenderer();
        using var stream = File.OpenRead(path);
        var result = renderer.Render(path, stream, new RenderOptions(RepositoryRoot.Combine("templates"), "book") { SystemFonts = false });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        // The book writes its own references (contents, delegation notes); the values add none.
        var written = System.Text.RegularExpressions.Regex.Matches(result.Markdown!, @"\]\(#[a-z-]+\)\{\.page\}").Count;
        Assert.Equal(written, result.Tree!.Descendants().OfType<PageReferenceNode>().Count());

        var pdf = Normalise(string.Concat(result.Document!.Pages.SelectMany(p => p.Items.OfType<GlyphRunItem>()).Select(r => r.Text)));
        var html = Normalise(HtmlExporterTests.Parse(System.Text.Encoding.UTF8.GetString(BriefingRenderer.ToHtml(result.Source!))).Document.Body!.TextContent);
        var docx = Normalise(ReadBack(BriefingRenderer.ToDocx(result.Source!)));
        foreach (var (format, text) in new[] { ("pdf", pdf), ("html", html), ("docx", docx) })
        {
            Assert.True(text.Contains(Normalise(Markdown), StringComparison.Ordinal), $"{format} lacks {Markdown}");
            Assert.True(text.Contains(Normalise(Scriban), StringComparison.Ordinal), $"{format} lacks {Scriban}");
        }
    }

    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    // The PDF's runs meet without spaces where lines break, and prose gets typographic quotes: comparing without
    // whitespace and with straight quotes sees through both.
    private static string Normalise(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c)).Select(c => c is '\u201C' or '\u201D' ? '"' : c));

    private static string ReadBack(byte[] docx)
    {
        var path = Path.Combine(Path.GetTempPath(), $"briefing-{Guid.NewGuid():N}.docx");
        try
        {
            File.WriteAllBytes(path, docx);
            var (exit, output) = ExternalTool.Run("pandoc", "-f", "docx", "-t", "plain", "--wrap=none", path);
            Assert.True(exit == 0, output);
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
