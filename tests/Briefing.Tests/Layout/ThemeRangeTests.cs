using Briefing.Diagnostics;
using Briefing.Layout;

namespace Briefing.Tests.Layout;

/// <summary>Absurd theme values are errors at their line and column that name the allowed range.</summary>
public sealed class ThemeRangeTests
{
    [Theory]
    [InlineData("page:\n  width: 1e8\n", 2, 10, "`page.width` must be a length from 72 to 14400 pt, not `1e8`")]
    [InlineData("page:\n  height: 5000in\n", 2, 11, "`page.height` must be a length from 72 to 14400 pt, not `5000in` (360000 pt)")]
    [InlineData("page:\n  margins: 100000\n", 2, 12, "`page.margins` must be a length from 0 to 7200 pt")]
    [InlineData("blocks:\n  list:\n    indent: 100000\n", 3, 13, "`blocks.list.indent` must be a length from 0 to 288 pt, not `100000`")]
    [InlineData("blocks:\n  paragraph:\n    space-after: 1e30\n", 3, 18, "`blocks.paragraph.space-after` must be a length from 0 to 720 pt")]
    [InlineData("blocks:\n  table:\n    cell-padding: 9999\n", 3, 19, "`blocks.table.cell-padding` must be a length from 0 to 144 pt")]
    [InlineData("blocks:\n  blockquote:\n    border: 5000 \"#000000\"\n", 3, 13, "must be a length from 0 to 72 pt")]
    [InlineData("base:\n  size: 100000\n", 2, 9, "`base.size` must be a number from 1 to 200")]
    public void An_absurd_length_is_an_error_naming_its_range(string yaml, int line, int column, string message)
    {
        var result = ThemeLoader.Load("theme.yaml", yaml);

        Assert.Null(result.Theme);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Margins_larger_than_the_page_are_an_error_that_gives_the_sizes()
    {
        var result = ThemeLoader.Load("theme.yaml", "page:\n  size: A5\n  margins: 300\n");

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(2, error.Line);
        Assert.Contains("leave 0 x 0 pt for the text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lengths_inside_their_ranges_still_load()
    {
        var result = ThemeLoader.Load("theme.yaml", "page:\n  width: 14400\n  height: 1in\n  margins: 0\nblocks:\n  list:\n    indent: 4in\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(288, result.Theme!.Block("list").Indent);
    }
}
