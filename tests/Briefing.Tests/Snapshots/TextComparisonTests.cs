using Briefing.Snapshots;

namespace Briefing.Tests.Snapshots;

public class TextComparisonTests
{
    [Theory]
    [InlineData("a\nb\n", "a\nb\n", null)]
    [InlineData("a\r\nb\r\n", "a\nb", null)]
    [InlineData("a\nb\n", "a\nc\n", "line 2: expected `b`, got `c`")]
    [InlineData("a\nb\n", "a\n", "line 2: expected `b`, got end of file")]
    [InlineData("a\n", "a\nextra\n", "line 2: expected end of file, got `extra`")]
    public void Reports_the_first_differing_line(string expected, string actual, string? difference) =>
        Assert.Equal(difference, TextComparison.FirstDifference(expected, actual));
}
