using Briefing.Text;

namespace Briefing.Tests.Text;

public sealed class BidiOrderTests
{
    [Theory]
    [InlineData(new[] { 0, 0, 0 }, new[] { 0, 1, 2 })]
    [InlineData(new[] { 0, 1, 1, 0 }, new[] { 0, 2, 1, 3 })]
    [InlineData(new[] { 1, 1, 1 }, new[] { 2, 1, 0 })]
    [InlineData(new[] { 1, 2, 2, 1 }, new[] { 3, 1, 2, 0 })]
    [InlineData(new[] { 0, 1, 0, 1, 1 }, new[] { 0, 1, 2, 4, 3 })]
    public void Runs_are_reordered_by_level(int[] levels, int[] expected) =>
        Assert.Equal(expected, BidiOrder.Visual(levels));

    [Theory]
    [InlineData("hello", "ltr")]
    [InlineData("  مرحبا hello", "rtl")]
    [InlineData("שלום", "rtl")]
    [InlineData("123 - ", "ltr")]
    public void First_strong_character_decides(string text, string expected) =>
        Assert.Equal(expected == "rtl" ? TextDirection.RightToLeft : TextDirection.LeftToRight, BidiClass.FirstStrong(text));
}
