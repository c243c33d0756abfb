using System.Text.RegularExpressions;
using Briefing.Tests.Infrastructure;
using Briefing.Tests.Templating;
using UglyToad.PdfPig;

namespace Briefing.Tests.Export;

/// <summary>
/// A font with CFF outlines (OpenType, "OTTO") is embedded as a CIDFontType0 over FontFile3, never as TrueType and
/// never as Type 3, and the PDF shows, extracts and measures its text as laid out.
/// </summary>
public sealed class CffFontTests
{
    private const string Sentence = "Talks resumed in Riyadh on 18 February.";

    private static readonly string CffFont = RepositoryRoot.Combine("tests", "Briefing.Tests", "Text", "Fonts", "Inconsolata.otf");

    [Fact]
    public void The_test_font_has_CFF_outlines()
    {
        var font = File.ReadAllBytes(CffFont);
        Assert.Equal("OTTO"u8.ToArray(), font[..4]);
    }

    [Fact]
    public void A_CFF_font_is_embedded_as_CIDFontType0_over_FontFile3()
    {
        var pdf = Render();

        var objects = ExternalTool.Uncompressed(pdf);
        Assert.Matches(@"/Subtype /CIDFontType0\b", objects);
        Assert.Matches(@"/FontFile3 \d+ 0 R", objects);
        Assert.Matches(@"/Subtype /(OpenType|CIDFontType0C)\b", objects);
        Assert.DoesNotContain("/Type3", objects);
        var (exit, check) = ExternalTool.RunOnPdf(pdf, "qpdf", "--check", "{pdf}");
        Assert.True(exit == 0, check);
        Assert.Empty(PdfConformance.Check(pdf));
    }

    [Fact]
    public void A_font_is_named_by_its_PostScript_name_not_by_the_folder_it_was_found_in()
    {
        var pdf = Render();

        var objects = ExternalTool.Uncompressed(pdf);
        var names = Regex.Matches(objects, @"/(?:BaseFont|FontName) /(\S+)").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.Matches(@"^[A-Z]{6}\+Inconsolata$", name));
    }

    [Fact]
    public void The_text_of_a_CFF_font_is_extracted()
    {
        var pdf = Render();

        var (exit, text) = ExternalTool.RunOnPdf(pdf, "pdftotext", "{pdf}", "-");

        Assert.True(exit == 0, text);
        Assert.Contains(Sentence, text.ReplaceLineEndings(" "));
    }

    [Fact]
    public void The_widths_of_a_CFF_font_are_its_advances()
    {
        var pdf = Render();

        // Inconsolata is monospaced: every glyph the subset holds advances half an em, .notdef included.
        var objects = ExternalTool.Uncompressed(pdf);
        var font = Assert.Single(Regex.Matches(objects, @"/W \[\s*0\s*\[([^\]]*)\]"));
        var widths = font.Groups[1].Value.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        Assert.True(widths.Length > 20, $"{widths.Length} widths");
        Assert.All(widths, w => Assert.Equal("500", w));
        // And a reader that places letters by the /W array puts them where layout put them.
        using var document = PdfDocument.Open(pdf);
        var all = document.GetPage(1).Letters.Where(l => l.FontName?.Contains("Inconsolata", StringComparison.Ordinal) == true).ToList();
        var line = all.Where(l => Math.Abs(l.StartBaseLine.Y - all[0].StartBaseLine.Y) < 0.01).ToList();
        Assert.Equal(Sentence.Replace(" ", "", StringComparison.Ordinal), string.Concat(line.Select(l => l.Value)).Replace(" ", "", StringComparison.Ordinal));
        // Every letter of the line stands on the monospaced grid, half an em apart.
        var half = line[0].PointSize / 2;
        var index = 0;
        foreach (var (letter, i) in line.Select((l, i) => (l, i)))
        {
            var cells = (letter.StartBaseLine.X - line[0].StartBaseLine.X) / half;
            Assert.Equal(Math.Round(cells), cells, 0.01);
            Assert.True(Math.Round(cells) >= index, $"letter {i} `{letter.Value}` overlaps the one before");
            index = (int)Math.Round(cells) + 1;
        }
        Assert.Equal(Sentence.Length, index);
    }

    [Fact]
    public void MuPDF_draws_the_glyphs_of_a_CFF_font()
    {
        var pdf = Render();
        var png = Path.GetTempFileName();
        try
        {
            var (exit, messages) = ExternalTool.RunOnPdf(pdf, "mutool", "draw", "-q", "-r", "72", "-o", png, "{pdf}", "1");

            Assert.True(exit == 0, messages);
            Assert.DoesNotContain("error", messages, StringComparison.OrdinalIgnoreCase);
            using var bitmap = SkiaSharp.SKBitmap.Decode(png);
            var dark = 0;
            for (var y = 0; y < bitmap.Height; y++)
            {
                for (var x = 0; x < bitmap.Width; x++)
                {
                    dark += bitmap.GetPixel(x, y).Red < 128 ? 1 : 0;
                }
            }
            // About 33 letters at 10 pt: some hundreds of dark pixels; a blank page or .notdef boxes would not be that.
            Assert.InRange(dark, 150, 5000);
        }
        finally
        {
            File.Delete(png);
        }
    }

    private static byte[] Render()
    {
        using var folder = new TemporaryFolder();
        folder.Write("templates/plain/template.sbn", $"---\ntitle: Fonts\n---\n\n{Sentence}\n");
        folder.Write("templates/plain/theme.yaml", "fonts:\n  body: [Inconsolata]\n  heading: [Inconsolata]\n");
        Directory.CreateDirectory(folder.Combine("templates", "plain", "fonts"));
        File.Copy(CffFont, folder.Combine("templates", "plain", "fonts", "Inconsolata.otf"));
        using var renderer = new BriefingRenderer();
        var result = renderer.Render(SampleSheets.Minimal(), "minimal.yaml", new RenderOptions(folder.Combine("templates"), "plain") { SystemFonts = false });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("Inconsolata", StringComparison.Ordinal));
        return BriefingRenderer.ToPdf(result.Document!);
    }
}
