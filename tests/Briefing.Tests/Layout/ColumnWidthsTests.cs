using Briefing.Layout.Elements;

namespace Briefing.Tests.Layout;

public sealed class ColumnWidthsTests
{
    [Fact]
    public void Narrow_columns_get_their_natural_width_before_long_text()
    {
        var widths = ColumnWidths.Plan([10, 60, 30, 50], [15, 300, 45, 200], 400);
        Assert.Equal(15, widths[0], 0.01f);
        Assert.Equal(45, widths[2], 0.01f);
        Assert.Equal(400, widths.Sum(), 0.01f);
        Assert.True(widths[1] > widths[3]);
    }

    [Fact]
    public void Spare_space_is_spread_when_everything_fits()
    {
        var widths = ColumnWidths.Plan([10, 10], [50, 150], 400);
        Assert.Equal(100, widths[0], 0.01f);
        Assert.Equal(300, widths[1], 0.01f);
    }

    [Fact]
    public void Too_narrow_for_the_longest_words_scales_them_down()
    {
        var widths = ColumnWidths.Plan([100, 300], [100, 300], 200);
        Assert.Equal(50, widths[0], 0.01f);
        Assert.Equal(150, widths[1], 0.01f);
    }
}
