using Briefing.Layout;
using Briefing.Layout.Inline;
using Briefing.Layout.Pages;
using Briefing.Text;

namespace Briefing.Tests.Layout;

public sealed class LineBreakerTests
{
    // Noto Sans Mono: every character advances 600/1000 em, so widths can be given in characters.
    private const float Em = 10f * 600 / 1000;

    [Theory]
    [InlineData("aaa bbb ccc", 7, "aaa bbb|ccc")]
    [InlineData("aaa bbb ccc", 6, "aaa|bbb|ccc")]
    [InlineData("aaa bbb ccc", 11, "aaa bbb ccc")]
    [InlineData("well-known fact", 6, "well-|known|fact")]
    [InlineData("well-known fact", 10, "well-known|fact")]
    [InlineData("alpha—beta gamma", 8, "alpha—|beta|gamma")]
    [InlineData("pages 10–12 only", 9, "pages 10–|12 only")]
    [InlineData("x -5 y", 3, "x|-5|y")]
    [InlineData("re-enter now", 3, "re-|ent|er|now")]
    [InlineData("abcdefghij", 4, "abcd|efgh|ij")]
    [InlineData("ab abcdefghij", 4, "ab|abcd|efgh|ij")]
    [InlineData("line\nbreak here", 20, "line|break here")]
    [InlineData("non\u00A0breaking space", 13, "non\u00A0breaking|space")]
    [InlineData("trailing   spaces   hang", 8, "trailing|spaces|hang")]
    public void Breaks_lines(string text, int widthInCharacters, string expected)
    {
        var lines = Break(text, widthInCharacters * Em + 0.01f);
        Assert.Equal(expected, string.Join("|", lines.Select(l => string.Concat(l.Pieces.Select(p => p.Run.Text)))));
    }

    [Theory]
    [InlineData("a", 1000, 64)]
    [InlineData("a", 1000, 7)]
    [InlineData("e\u0301", 300, 7)]
    [InlineData("e\u0301", 300, 100)]
    public void A_word_longer_than_many_lines_is_cut_into_full_lines_at_grapheme_boundaries(string grapheme, int count, int widthInCharacters)
    {
        var word = string.Concat(Enumerable.Repeat(grapheme, count));

        var lines = Break(word, widthInCharacters * Em + 0.01f).Select(l => string.Concat(l.Pieces.Select(p => p.Run.Text))).ToList();

        var full = string.Concat(Enumerable.Repeat(grapheme, widthInCharacters));
        Assert.Equal(count / widthInCharacters + (count % widthInCharacters > 0 ? 1 : 0), lines.Count);
        Assert.All(lines.SkipLast(1), line => Assert.Equal(full, line));
        Assert.Equal(word, string.Concat(lines));
    }

    [Fact]
    public void Lines_never_exceed_the_width()
    {
        var text = string.Join(" ", Enumerable.Range(0, 200).Select(i => new string('w', i % 17 + 1)));
        foreach (var line in Break(text, 12 * Em))
        {
            Assert.True(line.Width <= 12 * Em + 0.01f, $"{line.Width}");
        }
    }

    [Fact]
    public void Right_to_left_words_are_placed_in_visual_order()
    {
        using var fonts = new FontLibrary(systemFonts: false);
        var context = new TypesetContext(fonts, ThemeLoader.Default, "t.md");
        var style = new TextStyle(new FontRequest(["Noto Sans"], false, false), 10, Rgba.Black);
        var paragraph = new ParagraphText([new InlineSpan("go مرحبا بالعالم now", style)], context);
        var line = Assert.Single(LineBreaker.Break(paragraph, 1000, 1.2f));
        var canvas = new Briefing.Layout.Elements.PageCanvas(0, new Briefing.Layout.Elements.OutlineCollector());
        LinePainter.Paint(canvas, line, 0, 0, 1000, TextAlign.Left, paragraph.BaseRightToLeft, StructureTag.Artifact);
        var words = canvas.Items.OfType<GlyphRunItem>().Where(r => r.Text.Trim().Length > 0).OrderBy(r => r.X).Select(r => r.Text.Trim()).ToList();
        Assert.Equal(["go", "بالعالم", "مرحبا", "now"], words);
    }

    [Theory]
    [InlineData("aaa bbb ccc")]
    [InlineData("line\nbreak here and  there   ")]
    [InlineData("first\n\nthird line, the longest of them\nlast")]
    [InlineData("go مرحبا بالعالم now, with Кириллица")]
    [InlineData("")]
    public void The_widest_unbroken_line_is_what_breaking_without_a_limit_gives(string text)
    {
        using var fonts = new FontLibrary(systemFonts: false);
        var context = new TypesetContext(fonts, ThemeLoader.Default, "t.md");
        var plain = new TextStyle(new FontRequest(["Noto Serif"], false, false), 10, Rgba.Black);
        var bold = new TextStyle(new FontRequest(["Noto Sans"], true, false), 12, Rgba.Black);
        var paragraph = new ParagraphText([new InlineSpan(text, plain), new InlineSpan(" and bold words", bold)], context);
        var expected = LineBreaker.Break(paragraph, float.MaxValue / 4, 1.2f).Select(l => l.Width).DefaultIfEmpty(0).Max();
        Assert.Equal(expected, LineBreaker.WidestUnbroken(paragraph));
    }

    private static List<TextLine> Break(string text, float width)
    {
        using var fonts = new FontLibrary(systemFonts: false);
        var context = new TypesetContext(fonts, ThemeLoader.Default, "t.md");
        var style = new TextStyle(new FontRequest(["Noto Sans Mono"], false, false), 10, Rgba.Black);
        return LineBreaker.Break(new ParagraphText([new InlineSpan(text, style)], context), width, 1.2f);
    }
}
