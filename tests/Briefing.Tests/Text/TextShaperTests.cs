using Briefing.Text;

namespace Briefing.Tests.Text;

public sealed class TextShaperTests
{
    [Fact]
    public void Kerning_tightens_AV()
    {
        using var fonts = new FontLibrary(systemFonts: false);
        var face = fonts.Primary(new FontRequest(["Noto Serif"], false, false));
        var pair = TextShaper.Shape(face, "AV", 10, false).Width;
        var apart = TextShaper.Shape(face, "A", 10, false).Width + TextShaper.Shape(face, "V", 10, false).Width;
        Assert.True(pair < apart - 0.1f, $"AV {pair} vs A+V {apart}");
    }

    [Fact]
    public void The_language_chooses_localised_forms()
    {
        using var fonts = new FontLibrary(systemFonts: false);
        var face = fonts.Primary(new FontRequest(["Noto Serif"], false, true));
        // Serbian italic б, г, д, п, т differ from Russian ones: the font's locl feature for Serbian.
        var russian = TextShaper.Shape(face, "бгдпт", 10, false, "ru");
        var serbian = TextShaper.Shape(face, "бгдпт", 10, false, "sr");
        Assert.NotEqual(russian.Glyphs, serbian.Glyphs);
        Assert.Equal(russian.Glyphs, TextShaper.Shape(face, "бгдпт", 10, false).Glyphs);
    }

    [Fact]
    public void The_shaping_cache_keeps_languages_apart()
    {
        using var fonts = new FontLibrary(systemFonts: false);
        var face = fonts.Primary(new FontRequest(["Noto Serif"], false, true));
        var russian = fonts.Shape(face, "бгдпт", 10, false, "ru");
        var serbian = fonts.Shape(face, "бгдпт", 10, false, "sr");
        Assert.NotEqual(russian.Glyphs, serbian.Glyphs);
        Assert.Same(serbian, fonts.Shape(face, "бгдпт", 10, false, "sr"));
    }

    [Fact]
    public void Clusters_are_utf8_byte_offsets()
    {
        using var fonts = new FontLibrary(systemFonts: false);
        var face = fonts.Primary(new FontRequest(["Noto Sans"], false, false));
        var run = TextShaper.Shape(face, "Жx", 10, false);
        Assert.Equal(new uint[] { 0, 2 }, run.Clusters);
    }

    [Fact]
    public void Arabic_is_shaped_right_to_left_with_joined_forms()
    {
        using var fonts = new FontLibrary(systemFonts: false);
        var face = fonts.Primary(new FontRequest(["Noto Sans Arabic"], false, false));
        var run = TextShaper.Shape(face, "بب", 10, true);
        Assert.Equal(2, run.Glyphs.Length);
        // Visual order: the last character's cluster comes first; initial and final forms differ.
        Assert.Equal(new uint[] { 2, 0 }, run.Clusters);
        Assert.NotEqual(run.Glyphs[0], run.Glyphs[1]);
    }

    [Fact]
    public void Subset_renumbers_glyphs_compactly_and_is_small()
    {
        using var fonts = new FontLibrary(systemFonts: false);
        var face = fonts.Primary(new FontRequest(["Noto Sans"], false, false));
        var run = TextShaper.Shape(face, "Hello", 10, false);
        var subset = FontSubsetter.Subset(face.Data, face.Index, run.Glyphs.Distinct().ToArray(), "Hello".Select(c => (int)c));
        Assert.NotNull(subset);
        Assert.True(subset!.Data.Length < face.Data.Length / 50, $"{subset.Data.Length} of {face.Data.Length}");
        var small = new FontFace(99, "subset", subset.Data, 0);
        try
        {
            // The subset's own shaping of the text gives exactly the renumbered glyphs of the whole font's.
            var again = TextShaper.Shape(small, "Hello", 10, false);
            Assert.Equal(run.Glyphs.Select(subset.NewGlyph), again.Glyphs);
            // .notdef plus H, e, l, o: nothing else is kept.
            Assert.True(again.Glyphs.All(g => g is > 0 and <= 4), string.Join(",", again.Glyphs));
        }
        finally
        {
            small.Dispose();
        }
    }

    [Fact]
    public void A_subset_keeps_the_box_drawn_for_missing_characters()
    {
        using var fonts = new FontLibrary(systemFonts: false);
        var face = fonts.Primary(new FontRequest(["Noto Sans"], false, false));
        var run = TextShaper.Shape(face, "Hi", 10, false);
        var subset = FontSubsetter.Subset(face.Data, face.Index, [0, .. run.Glyphs], "Hi".Select(c => (int)c));
        using var data = SkiaSharp.SKData.CreateCopy(subset!.Data);
        using var typeface = SkiaSharp.SKTypeface.FromData(data);
        using var font = new SkiaSharp.SKFont(typeface, 20);
        using var notdef = font.GetGlyphPath(subset.NewGlyph(0));
        Assert.False(notdef.IsEmpty);
        Assert.True(notdef.Bounds.Width > 5, $"{notdef.Bounds}");
    }

    [Fact]
    public void A_subset_is_made_once_per_set_of_glyphs()
    {
        using var fonts = new FontLibrary(systemFonts: false);
        var face = fonts.Primary(new FontRequest(["Noto Sans"], false, false));
        var glyphs = TextShaper.Shape(face, "Hello", 10, false).Glyphs.Distinct().Order().ToArray();
        var first = face.Subsets.Get(face.Data, face.Index, glyphs, [.. "Helo".Select(c => (int)c)]);
        var again = face.Subsets.Get(face.Data, face.Index, [.. glyphs], [.. "Helo".Select(c => (int)c)]);
        var other = face.Subsets.Get(face.Data, face.Index, glyphs[..^1], [.. "Hel".Select(c => (int)c)]);
        Assert.NotNull(first);
        Assert.Same(first, again);
        Assert.NotSame(first, other);
    }
}
