using Briefing.Text;

namespace Briefing.Tests.Text;

public sealed class TextShaperTests
{
    [Fact]
    public void Kerning_tightens_AV()
    {
        using var fonts = new FontLibrary();
        var face = fonts.Primary(new FontRequest(["DejaVu Serif"], false, false));
        var pair = TextShaper.Shape(face, "AV", 10, false).Width;
        var apart = TextShaper.Shape(face, "A", 10, false).Width + TextShaper.Shape(face, "V", 10, false).Width;
        Assert.True(pair < apart - 0.1f, $"AV {pair} vs A+V {apart}");
    }

    [Fact]
    public void Clusters_are_utf8_byte_offsets()
    {
        using var fonts = new FontLibrary();
        var face = fonts.Primary(new FontRequest(["DejaVu Sans"], false, false));
        var run = TextShaper.Shape(face, "Жx", 10, false);
        Assert.Equal(new uint[] { 0, 2 }, run.Clusters);
    }

    [Fact]
    public void Arabic_is_shaped_right_to_left_with_joined_forms()
    {
        using var fonts = new FontLibrary();
        var face = fonts.Primary(new FontRequest(["DejaVu Sans"], false, false));
        var run = TextShaper.Shape(face, "بب", 10, true);
        Assert.Equal(2, run.Glyphs.Length);
        // Visual order: the last character's cluster comes first; initial and final forms differ.
        Assert.Equal(new uint[] { 2, 0 }, run.Clusters);
        Assert.NotEqual(run.Glyphs[0], run.Glyphs[1]);
    }

    [Fact]
    public void Subset_keeps_glyph_ids_and_is_small()
    {
        using var fonts = new FontLibrary();
        var face = fonts.Primary(new FontRequest(["DejaVu Sans"], false, false));
        var run = TextShaper.Shape(face, "Hello", 10, false);
        var subset = FontSubsetter.Subset(face.Data, face.Index, run.Glyphs, "Hello".Select(c => (int)c));
        Assert.NotNull(subset);
        Assert.True(subset!.Length < face.Data.Length / 10, $"{subset.Length} of {face.Data.Length}");
        var small = new FontFace(99, "subset", subset, 0);
        try
        {
            var again = TextShaper.Shape(small, "Hello", 10, false);
            Assert.Equal(run.Glyphs, again.Glyphs);
        }
        finally
        {
            small.Dispose();
        }
    }
}
