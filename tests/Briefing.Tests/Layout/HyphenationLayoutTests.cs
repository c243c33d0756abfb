using Briefing.Layout;
using Briefing.Layout.Inline;
using Briefing.Layout.Pages;
using Briefing.Text;

namespace Briefing.Tests.Layout;

public sealed class HyphenationLayoutTests
{
    private const string SoftHyphen = "\u00AD";

    // Noto Sans Mono: every character advances 600/1000 em, so widths can be given in characters.
    private const float Em = 10f * 600 / 1000;

    [Fact]
    public void A_word_broken_at_a_line_end_takes_a_hyphen_and_reads_whole()
    {
        var lines = Break("Internationalisation", "en", 9 * Em);

        Assert.True(lines.Count > 1);
        foreach (var line in lines.SkipLast(1))
        {
            // The hyphen glyph is drawn; its text is a soft hyphen, so text taken from the page joins the word.
            var hyphen = line.Pieces[^1].Run;
            Assert.Equal(SoftHyphen, hyphen.Text);
            Assert.NotEqual(0, Assert.Single(hyphen.Glyphs));
            Assert.True(line.Width <= 9 * Em + 0.01f);
        }
        Assert.Equal("Internationalisation", string.Concat(lines.Select(Text)).Replace(SoftHyphen, "", StringComparison.Ordinal));
        Assert.Equal("Interna-|tionali-|sation", string.Join("|", lines.Select(Text)).Replace(SoftHyphen, "-", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_language_a_long_word_is_cut_without_a_hyphen()
    {
        var lines = Break("Internationalisation", null, 9 * Em);

        Assert.Equal("Internati|onalisati|on", string.Join("|", lines.Select(Text)));
    }

    [Fact]
    public void Words_on_one_line_are_shaped_whole()
    {
        var line = Assert.Single(Break("Internationalisation matters", "en", 100 * Em));

        Assert.Equal(["Internationalisation", " ", "matters"], line.Pieces.Select(p => p.Run.Text));
    }

    [Fact]
    public void A_soft_hyphen_is_invisible_unless_the_line_breaks_there()
    {
        const string word = "ne\u00ADgo\u00ADti\u00ADa\u00ADtions";

        var whole = Assert.Single(Break(word, null, 100 * Em));
        Assert.Equal("negotiations", Text(whole));
        Assert.Equal("negotiations".Length, whole.Pieces.Sum(p => p.Run.Glyphs.Length));

        var broken = Break(word, null, 8 * Em);
        Assert.Equal("negotia-|tions", string.Join("|", broken.Select(Text)).Replace(SoftHyphen, "-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_in_capitals_or_with_digits_is_not_hyphenated()
    {
        Assert.Equal("INTERNATI|ONALISATI|ON", string.Join("|", Break("INTERNATIONALISATION", "en", 9 * Em).Select(Text)));
        Assert.DoesNotContain(SoftHyphen, string.Concat(Break("Internationalisation2025", "en", 9 * Em).Select(Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_narrow_table_cell_hyphenates_before_it_cuts_a_word()
    {
        var document = Render.Document("""
            ---
            language: en
            ---

            | A | B | C | D | E | F |
            |---|---|---|---|---|---|
            | Internationalisation | Internationalisation | Internationalisation | Internationalisation | x | x |
            """, TestThemes.Small);

        var cell = CellText(document, "Inter");
        Assert.Contains(SoftHyphen, cell, StringComparison.Ordinal);
        Assert.Equal("Internationalisation", cell.Replace(SoftHyphen + "|", "", StringComparison.Ordinal));
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(cell, $"^(\\w+{SoftHyphen}\\|)+\\w+$"), cell);
    }

    [Fact]
    public void A_span_sets_its_own_language_and_code_is_never_hyphenated()
    {
        var document = Render.Document("""
            | A | B | C | D | E | F |
            |---|---|---|---|---|---|
            | *Verhandlungsdelegation*{lang=de} | `Verhandlungsdelegation` | Verhandlungsdelegation | x | x | x |
            """, TestThemes.Small);

        Assert.Contains(SoftHyphen, CellText(document, "Verhand"), StringComparison.Ordinal);
        var lines = document.Pages.SelectMany(p => p.Items).OfType<GlyphRunItem>().Where(r => r.Text.StartsWith("Verh", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, lines.Count);
        // The code span and the word with no language are cut where the cell ends, with no hyphen.
        Assert.Single(lines, r => document.Pages.SelectMany(p => p.Items).OfType<GlyphRunItem>()
            .Any(h => h.Text == SoftHyphen && Math.Abs(h.Baseline - r.Baseline) < 0.01 && h.X > r.X && h.X - r.X < r.Width + 1));
    }

    // The text of the block holding the first run that starts with `start`, lines joined with '|'.
    private static string CellText(LaidOutDocument document, string start)
    {
        var runs = document.Pages.SelectMany(p => p.Items).OfType<GlyphRunItem>().ToList();
        var block = runs.First(r => r.Text.StartsWith(start, StringComparison.Ordinal)).Tag.BlockId;
        return string.Join("|", runs.Where(r => r.Tag.BlockId == block).GroupBy(r => r.Baseline).Select(g => string.Concat(g.OrderBy(r => r.X).Select(r => r.Text))));
    }

    private static string Text(TextLine line) => string.Concat(line.Pieces.Select(p => p.Run.Text));

    private static List<TextLine> Break(string text, string? language, float width)
    {
        using var fonts = new FontLibrary(systemFonts: false);
        var context = new TypesetContext(fonts, ThemeLoader.Default, "t.md");
        var style = new TextStyle(new FontRequest(["Noto Sans Mono"], false, false), 10, Rgba.Black, Language: language);
        return LineBreaker.Break(new ParagraphText([new InlineSpan(text, style)], context), width + 0.01f, 1.2f);
    }
}
