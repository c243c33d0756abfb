using Briefing.Export.Pdf;
using Briefing.Layout.Pages;

namespace Briefing.Tests.Export;

public class FontCoverageTests
{
    private static GlyphRunItem Run(ushort[] glyphs, string text) =>
        new(StructureTag.Artifact, 0, 0, 1, 10, new Rgba(0, 0, 0), [.. glyphs], [.. new float[glyphs.Length]], [.. new float[glyphs.Length]], text, [.. new uint[glyphs.Length]], 0);

    [Fact]
    public void Glyphs_from_far_apart_blocks_come_out_once_each_and_sorted()
    {
        var coverage = new FontCoverage();
        coverage.Add(Run([5000, 3, 70, 4095], "abcd"));
        coverage.Add(Run([4096, 65535, 3, 0], "dcba"));

        Assert.Equal(new ushort[] { 0, 3, 70, 4095, 4096, 5000, 65535 }, coverage.Glyphs());
    }

    [Fact]
    public void Characters_of_every_plane_come_out_sorted_with_a_lone_surrogate_read_as_the_replacement_character()
    {
        var coverage = new FontCoverage();
        coverage.Add(Run([1], "\u4E00z\U0001F600"));
        coverage.Add(Run([2], "A\uFFFF\uD800\u0FFF\u1000 \U00010000"));

        Assert.Equal(new[] { 0x20, 0x41, 0x7A, 0xFFF, 0x1000, 0x4E00, 0xFFFD, 0xFFFF, 0x10000, 0x1F600 }, coverage.Codepoints());
    }

    [Fact]
    public void Nothing_drawn_covers_nothing()
    {
        var coverage = new FontCoverage();

        Assert.Empty(coverage.Glyphs());
        Assert.Empty(coverage.Codepoints());
    }
}
