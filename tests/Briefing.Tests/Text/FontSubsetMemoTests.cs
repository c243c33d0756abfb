using Briefing.Text;

namespace Briefing.Tests.Text;

public sealed class FontSubsetMemoTests
{
    [Fact]
    public void The_same_bytes_of_the_same_kind_are_compressed_once()
    {
        var subset = new FontSubset([1, 2, 3], [0, 1]);
        var calls = 0;
        byte[] Compress(string tag) => [.. tag.Select(c => (byte)c), (byte)++calls];

        var first = subset.CompressedOnce("ToUnicode 2", [10, 20, 30], () => Compress("a"));
        var again = subset.CompressedOnce("ToUnicode 2", [10, 20, 30], () => Compress("b"));

        Assert.Equal(1, calls);
        Assert.Same(first, again);
    }

    [Theory]
    [InlineData("ToUnicode 2", new byte[] { 10, 20, 31 })]
    [InlineData("ToUnicode 6", new byte[] { 10, 20, 30 })]
    [InlineData("ToUnicode 2", new byte[] { 10, 20 })]
    public void Other_bytes_or_another_kind_are_compressed_anew(string kind, byte[] data)
    {
        var subset = new FontSubset([1, 2, 3], [0, 1]);
        subset.CompressedOnce("ToUnicode 2", [10, 20, 30], () => [1]);

        var made = subset.CompressedOnce(kind, data, () => [2]);

        Assert.Equal([2], made);
    }

    [Fact]
    public void Runs_shaped_in_turn_at_other_sizes_and_languages_are_each_their_own()
    {
        using var fonts = new FontLibrary(systemFonts: false);
        var face = fonts.Primary(new FontRequest(["Noto Serif"], false, false));
        var asked = new[] { (10f, "en"), (12f, "en"), (10f, "ru"), (10f, (string?)null), (12f, "en"), (10f, "en") };

        foreach (var (size, language) in asked)
        {
            var run = fonts.Shape(face, "Office", size, false, language);
            Assert.Equal(size, run.Size);
            Assert.Equal(TextShaper.Shape(face, "Office", size, false, language).Width, run.Width, 3);
        }

        Assert.NotEqual(fonts.Shape(face, "Office", 10, false, "en").Width, fonts.Shape(face, "Office", 12, false, "en").Width);
    }
}
