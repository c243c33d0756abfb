using System.Text;
using Briefing.Diagnostics;
using Briefing.Layout.Pages;
using Briefing.Tests.Layout;

namespace Briefing.Tests.Export;

/// <summary>
/// A character no font has is never drawn as .notdef (PDF/A-2 forbids it): the replacement character stands in its
/// place, the text keeps the character, and a warning names it.
/// </summary>
public sealed class MissingCharacterTests
{
    // A private-use character: no shipped font has a glyph for it.
    private const string Markdown = "Seal \uE000 of the ministry.";

    [Fact]
    public void A_missing_character_is_reported_and_drawn_as_the_replacement_glyph()
    {
        var result = Render.Layout(Markdown);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("test.md:1:1", $"{warning.File}:{warning.Line}:{warning.Column}");
        Assert.StartsWith("no font can draw U+E000", warning.Message);
        var run = Assert.Single(result.Document!.Pages[0].Items.OfType<GlyphRunItem>(), r => r.Text.Contains('\uE000'));
        Assert.DoesNotContain((ushort)0, run.Glyphs);
    }

    [Fact]
    public void The_pdf_shows_no_notdef_and_keeps_the_character_as_text()
    {
        var pdf = Render.Pdf(Markdown);

        Assert.Empty(PdfConformance.Check(pdf));
        var (exit, text) = ExternalTool.RunOnPdf(pdf, "pdftotext", "{pdf}", "-");
        Assert.True(exit == 0, text);
        Assert.Contains("Seal \uE000 of the ministry.", text);
    }

    [Fact]
    public void The_checker_finds_a_notdef_glyph()
    {
        var good = ExternalTool.Uncompressed(Render.Pdf("Seal of the ministry."));
        Assert.Empty(PdfConformance.Check(Encoding.Latin1.GetBytes(good)));
        // The first code of the first shown string becomes 0, keeping the stream's length: four hex digits (qpdf writes
        // a string of binary bytes in hex), or two plain bytes of a literal string.
        var text = good.IndexOf("BT\n", StringComparison.Ordinal);
        var shown = ContentTokens.Read(good[text..])
            .First(t => t.Kind == ContentTokens.Kind.String && (t.Text[0] == '<' || (t.Text[1] != '\\' && t.Text[2] != '\\')));
        var zero = shown.Text[0] == '<' ? "0000" : "\0\0";
        var at = text + shown.Start + 1;
        var broken = good[..at] + zero + good[(at + zero.Length)..];

        Assert.Contains(PdfConformance.Check(Encoding.Latin1.GetBytes(broken)), f => f.Contains("6.2.11.8", StringComparison.Ordinal));
    }
}
