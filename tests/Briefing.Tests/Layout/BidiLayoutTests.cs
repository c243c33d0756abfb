using Briefing.Layout.Pages;

namespace Briefing.Tests.Layout;

public sealed class BidiLayoutTests
{
    private static List<GlyphRunItem> Words(LaidOutDocument document, BlockRole role) =>
        document.Pages[0].Items.OfType<GlyphRunItem>().Where(r => r.Tag.Role == role && r.Text.Trim().Length > 0).ToList();

    [Fact]
    public void A_right_to_left_paragraph_reads_from_the_right_and_keeps_numbers_left_to_right()
    {
        var document = Render.Document("يوم ١٤ مارس and 2026", TestThemes.Small);
        var runs = Words(document, BlockRole.Paragraph).OrderByDescending(r => r.X).Select(r => r.Text.Trim()).ToList();
        // Read from the right: the Arabic words, then the English phrase, which itself reads left to right.
        Assert.Equal(["يوم", "١٤", "مارس", "2026", "and"], runs);
        var digits = Words(document, BlockRole.Paragraph).Single(r => r.Text.Trim() == "١٤");
        Assert.True(digits.Clusters[0] < digits.Clusters[^1], "digits are shaped left to right");
    }

    [Fact]
    public void A_right_to_left_paragraph_is_aligned_right()
    {
        var document = Render.Document("مرحبا", TestThemes.Small);
        var run = Assert.Single(Words(document, BlockRole.Paragraph));
        Assert.Equal(300 - 36, run.X + run.Width, 0.5f);
    }

    [Fact]
    public void A_right_to_left_list_item_has_its_marker_on_the_right()
    {
        var document = Render.Document("- البند الأول", TestThemes.Small);
        var marker = Words(document, BlockRole.ListItem).Single(r => r.Text == "•");
        var text = Words(document, BlockRole.Paragraph).OrderBy(r => r.X).First();
        Assert.True(marker.X > text.X + text.Width, "marker right of the text");
    }

    [Fact]
    public void An_override_reverses_the_words_inside_it_and_is_not_drawn()
    {
        var document = Render.Document("one \u202Etwo three\u202C four", TestThemes.Small);
        var runs = Words(document, BlockRole.Paragraph).OrderBy(r => r.X).Select(r => r.Text.Trim()).ToList();
        Assert.Equal(["one", "three", "two", "four"], runs);
    }

    [Fact]
    public void Brackets_around_right_to_left_text_follow_it()
    {
        // Rule N0: the parentheses enclose Hebrew in a Hebrew paragraph, so they are mirrored with it.
        var document = Render.Document("שלום (עולם) abc", TestThemes.Small);
        var text = string.Concat(Words(document, BlockRole.Paragraph).OrderByDescending(r => r.X).Select(r => r.Text));
        Assert.Contains("(עולם)", text.Replace(" ", ""));
    }

    [Fact]
    public void No_direction_mark_ends_up_as_text()
    {
        var document = Render.Document("- **\u200Eالرياض:** Faisal bin Farhan\n- **\u200FRiyadh:** فيصل\n- a\u2067ب\u2069c", TestThemes.Small);
        var text = string.Concat(document.Pages[0].Items.OfType<GlyphRunItem>().Select(r => r.Text));
        Assert.Contains("الرياض:", text);
        Assert.DoesNotContain(text, c => c is '\u200E' or '\u200F' or '\u2067' or '\u2069');
    }
}
