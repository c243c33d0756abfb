using Briefing.Export.Pdf;
using Briefing.Layout.Pages;
using Briefing.Text;

namespace Briefing.Tests.Export;

/// <summary>The documents of a batch that draw the same glyphs with a font share what the PDF needs of it.</summary>
public sealed class PreparedFontTests
{
    private static (EmbeddedFont Font, ushort[] Glyphs, int[] Codepoints) Drawn(FontLibrary fonts, string text)
    {
        var face = fonts.Primary(new FontRequest(["Noto Sans"], false, false));
        var glyphs = TextShaper.Shape(face, text, 10, false).Glyphs.Distinct().Order().ToArray();
        var codepoints = text.Distinct().Order().Select(c => (int)c).ToArray();
        return (new EmbeddedFont(face.Id, face.Name, face.Data, face.Index) { Subsets = face.Subsets }, glyphs, codepoints);
    }

    [Fact]
    public void Two_documents_drawing_the_same_glyphs_share_the_subset_and_its_metrics()
    {
        using var fonts = new FontLibrary(systemFonts: false);
        var (font, glyphs, codepoints) = Drawn(fonts, "Hello");

        var first = new FontUse(font, "F1", glyphs, codepoints);
        var second = new FontUse(font with { }, "F2", [.. glyphs], [.. codepoints]);
        var other = new FontUse(font, "F1", glyphs[..^1], codepoints[..^1]);

        Assert.Same(first.Program, second.Program);
        Assert.NotSame(first.Program, other.Program);
        // Each document still maps its own codes to text.
        Assert.True(first.TryMap(first.Code(glyphs[0]), "H"));
        Assert.Empty(second.Unicode);
    }

    [Fact]
    public void The_space_comes_along_in_every_subset_even_when_no_run_draws_it()
    {
        using var fonts = new FontLibrary(systemFonts: false);
        var (font, glyphs, codepoints) = Drawn(fonts, "Hello");

        var use = new FontUse(font, "F1", glyphs, codepoints);
        var again = new FontUse(font, "F1", glyphs, codepoints);

        Assert.NotNull(use.SpaceCode);
        Assert.Equal(use.SpaceCode, again.SpaceCode);
        // The subset holds the drawn glyphs, the space and .notdef.
        Assert.Equal(glyphs.Length + 2, use.Program.Widths.Length);
        Assert.True(use.Width(use.SpaceCode!.Value) > 0);
    }
}
