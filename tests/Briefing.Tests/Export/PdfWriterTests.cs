using System.Text;
using System.Text.RegularExpressions;
using Briefing.Layout.Pages;
using Briefing.Tests.Layout;
using UglyToad.PdfPig;

namespace Briefing.Tests.Export;

/// <summary>The PDF writer's own promises: CID fonts, ligatures that read as letters, exact glyph places, compact files.</summary>
public sealed partial class PdfWriterTests
{
    private const string Ligatures = "The officials differ on affluent offices.";

    [Fact]
    public void Ligatures_are_drawn_but_read_back_as_their_letters()
    {
        var pdf = Render.Pdf(Ligatures);
        var glyphs = Render.Document(Ligatures).Pages[0].Items.OfType<GlyphRunItem>()
            .Where(r => r.Text.Contains("officials", StringComparison.Ordinal)).Sum(r => r.Glyphs.Length);
        // The font's ligature glyph stands for three letters: fewer glyphs than characters.
        Assert.True(glyphs < "officials".Length, $"{glyphs} glyphs: the font did not form the ligature");
        var (exit, output) = ExternalTool.RunOnPdf(pdf, "pdftotext", "{pdf}", "-");
        Assert.True(exit == 0, output);
        Assert.Contains(Ligatures, output);
        using var document = PdfDocument.Open(pdf);
        var words = document.GetPage(1).GetWords().Select(w => w.Text).ToList();
        Assert.Contains("officials", words);
        Assert.Contains("affluent", words);
        Assert.DoesNotContain(words, w => w.Any(c => c is >= '\uFB00' and <= '\uFB06'));
    }

    [Fact]
    public void Fonts_are_subset_cid_fonts_with_identity_encoding_and_unicode_maps()
    {
        var pdf = ExternalTool.Uncompressed(Render.Pdf(Ligatures));
        Assert.Contains("/Subtype /Type0", pdf);
        Assert.Contains("/Encoding /Identity-H", pdf);
        Assert.Contains("/Subtype /CIDFontType2", pdf);
        Assert.Contains("/CIDToGIDMap /Identity", pdf);
        Assert.Contains("/FontFile2", pdf);
        Assert.Contains("/ToUnicode", pdf);
        Assert.DoesNotContain("/Type3", pdf);
        Assert.Matches(SubsetName(), pdf);
        // "ff" or "ffi" in UTF-16BE: one code maps to all the letters of the ligature.
        Assert.Matches(LigatureMapping(), pdf);
    }

    [Fact]
    public void Glyphs_sit_exactly_where_layout_put_them()
    {
        const string Text = "Justified text: Wavy AVATAR, To Tyler, officials' offices; the quick brown fox jumps over the lazy dog again and again.";
        var document = Render.Document(Text);
        var expected = document.Pages[0].Items.OfType<GlyphRunItem>()
            .Where(r => r.Text.Trim().Length > 0 && r.Baseline < 300)
            .SelectMany(r => r.GlyphX.Select(x => r.X + x)).ToList();
        using var pdf = PdfDocument.Open(Render.Pdf(Text));
        var letters = pdf.GetPage(1).Letters.Where(l => l.StartBaseLine.Y > pdf.GetPage(1).Height - 300).Select(l => l.StartBaseLine.X).ToList();
        Assert.True(expected.Count > 50, $"{expected.Count} glyphs");
        // Every glyph's place, computed by the reader from the font's widths and the TJ numbers, within 0.02 pt.
        foreach (var x in expected)
        {
            Assert.Contains(letters, l => Math.Abs(l - x) < 0.02);
        }
    }

    [Fact]
    public void A_glyph_that_stands_for_other_text_elsewhere_carries_it_as_actual_text()
    {
        // The shaper draws the precomposed é for both spellings: its ToUnicode entry holds one, /ActualText the other.
        const string Text = "Caf\u00E9 and cafe\u0301 and q\u0301.";
        var pdf = Render.Pdf(Text);
        var uncompressed = ExternalTool.Uncompressed(pdf);
        Assert.Single(ActualText().Matches(uncompressed));
        var (exit, output) = ExternalTool.RunOnPdf(pdf, "pdftotext", "{pdf}", "-");
        Assert.True(exit == 0, output);
        Assert.Contains("Caf\u00E9 and cafe\u0301 and q\u0301", output);
    }

    [Fact]
    public void Objects_are_packed_in_object_streams_with_a_cross_reference_stream()
    {
        var pdf = Encoding.Latin1.GetString(Render.Pdf(SampleDocument.Markdown));
        Assert.StartsWith("%PDF-1.7", pdf);
        Assert.Contains("/Type /ObjStm", pdf);
        Assert.Contains("/Type /XRef", pdf);
        Assert.DoesNotContain("\ntrailer", pdf);
        var (exit, output) = ExternalTool.RunOnPdf(Encoding.Latin1.GetBytes(pdf), "qpdf", "--check", "{pdf}");
        Assert.True(exit == 0, output);
    }

    [Fact]
    public void The_document_id_changes_with_the_content_and_only_with_it()
    {
        static string Id(byte[] pdf) => IdPattern().Match(Encoding.Latin1.GetString(pdf)).Value;
        var first = Id(Render.Pdf("One text."));
        Assert.NotEmpty(first);
        Assert.Equal(first, Id(Render.Pdf("One text.")));
        Assert.NotEqual(first, Id(Render.Pdf("Another text.")));
    }

    [GeneratedRegex(@"/BaseFont /[A-Z]{6}\+")]
    private static partial Regex SubsetName();

    [GeneratedRegex(@"<0066(0066|0069|006C)+>")]
    private static partial Regex LigatureMapping();

    [GeneratedRegex(@"/ActualText")]
    private static partial Regex ActualText();

    [GeneratedRegex(@"/ID \[<[0-9A-F]{32}>")]
    private static partial Regex IdPattern();
}
