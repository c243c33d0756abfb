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
}
