using System.Globalization;
using Briefing.Layout.Pages;

namespace Briefing.Tests.Layout;

public sealed class ListMarkerTests
{
    [Theory]
    [InlineData(12)]
    [InlineData(105)]
    [InlineData(1000)]
    public void Numbered_markers_stay_whole_and_clear_of_their_items(int count)
    {
        var markdown = string.Concat(Enumerable.Range(1, count).Select(i => $"{i}. item {i}\n"));
        var pages = Render.Document(markdown, TestThemes.Small).Pages;

        for (var i = 1; i <= count; i++)
        {
            var label = i.ToString(CultureInfo.InvariantCulture) + ".";
            var (page, marker) = Assert.Single(
                pages.SelectMany(p => p.Items.OfType<GlyphRunItem>().Where(r => r.Text == label).Select(r => (p, r))));
            var itemStart = page.Items.OfType<GlyphRunItem>()
                .Where(r => r != marker && Math.Abs(r.Baseline - marker.Baseline) < 0.5f)
                .Min(r => r.X);
            Assert.True(marker.X + marker.Width < itemStart, $"marker {label} ends at {marker.X + marker.Width}, its item starts at {itemStart}");
        }
    }

    [Fact]
    public void Markers_of_one_list_share_a_right_edge_and_items_share_a_left_edge()
    {
        var markdown = string.Concat(Enumerable.Range(1, 12).Select(i => $"{i}. item\n"));
        var runs = Render.Document(markdown, TestThemes.Small).Pages.SelectMany(p => p.Items).OfType<GlyphRunItem>().ToList();

        var markers = runs.Where(r => r.Text.EndsWith('.')).ToList();
        var items = runs.Where(r => r.Text.Contains("item", StringComparison.Ordinal)).ToList();
        Assert.Equal(12, markers.Count);
        Assert.Single(markers.Select(m => MathF.Round(m.X + m.Width, 1)).Distinct());
        Assert.Single(items.Select(i => MathF.Round(i.X, 1)).Distinct());
    }

    [Fact]
    public void Footnote_numbers_past_nine_stay_whole()
    {
        var markdown = string.Concat(Enumerable.Range(1, 12).Select(i => $"Claim {i}.[^{i}]\n\n")) +
            string.Concat(Enumerable.Range(1, 12).Select(i => $"[^{i}]: Note {i}.\n\n"));
        var runs = Render.Document(markdown, TestThemes.Small).Pages.SelectMany(p => p.Items).OfType<GlyphRunItem>().ToList();

        Assert.Single(runs, r => r.Tag.Role == BlockRole.Note && r.Text == "10.");
        Assert.Single(runs, r => r.Tag.Role == BlockRole.Note && r.Text == "12.");
    }
}
