using Briefing.Text;

namespace Briefing.Tests.Text;

public sealed class FontLibraryTests
{
    private static readonly FontRequest Serif = new(["Noto Serif"], false, false);

    [Fact]
    public void Resolves_a_shipped_family()
    {
        using var fonts = new FontLibrary(systemFonts: false);
        Assert.StartsWith("Noto Serif", fonts.Primary(Serif).Name);
    }

    [Fact]
    public void Unknown_family_falls_through_to_the_next_in_the_list()
    {
        using var fonts = new FontLibrary(systemFonts: false);
        var face = fonts.Primary(new FontRequest(["No Such Family 42", "Noto Sans"], false, false));
        Assert.StartsWith("Noto Sans", face.Name);
    }

    [Fact]
    public void A_character_the_family_lacks_comes_from_another_font()
    {
        using var fonts = new FontLibrary(systemFonts: false);
        Assert.False(fonts.Primary(Serif).HasGlyph('م'));
        var face = fonts.ForCodepoint(Serif, 'م');
        Assert.NotNull(face);
        Assert.True(face!.HasGlyph('م'));
    }

    [Fact]
    public void A_character_no_font_has_gives_null()
    {
        using var fonts = new FontLibrary(systemFonts: false);
        Assert.Null(fonts.ForCodepoint(Serif, 0x10FFFD));
    }

    [Fact]
    public void Shipped_fonts_are_opened_only_when_a_family_and_style_are_used()
    {
        using var fonts = new FontLibrary(systemFonts: false);
        Assert.Empty(fonts.Faces);
        fonts.Primary(Serif);
        fonts.Primary(Serif);
        Assert.Equal(["Noto Serif|400|Upright|0"], fonts.Faces.Select(f => f.Name));
        fonts.Primary(Serif with { Bold = true });
        Assert.Equal(2, fonts.Faces.Count);
    }

    [Fact]
    public void Without_system_fonts_an_installed_family_is_not_found()
    {
        // Whatever this machine has installed: with system fonts off only the shipped and folder families exist.
        using var fonts = new FontLibrary(systemFonts: false);
        Assert.False(fonts.HasFamily("DejaVu Sans"));
        Assert.False(fonts.HasFamily("Liberation Serif"));
        Assert.True(fonts.HasFamily("noto sans mono"));
        Assert.StartsWith("Noto Sans|", fonts.Primary(new FontRequest(["DejaVu Sans"], false, false)).Name);
    }

    [Fact]
    public void The_shipped_fonts_cover_latin_greek_cyrillic_arabic_and_hebrew_in_every_default_list()
    {
        using var fonts = new FontLibrary(systemFonts: false);
        var lists = new[] { ShippedFonts.BodyFamilies, ShippedFonts.HeadingFamilies, ShippedFonts.MonoFamilies };
        foreach (var families in lists)
        {
            foreach (var bold in new[] { false, true })
            {
                var request = new FontRequest(families, bold, false);
                foreach (var c in "Aéß Ωλ Жщї مرحبا שלום «»“”’–—€")
                {
                    var face = fonts.ForCodepoint(request, c);
                    Assert.True(face is not null && families.Any(f => face.Name.StartsWith(f + "|", StringComparison.Ordinal)),
                        $"U+{(int)c:X4} in {string.Join(",", families)} bold={bold}: {face?.Name}");
                }
            }
        }
    }

    [Fact]
    public void Fonts_folder_is_used_before_the_shipped_fonts()
    {
        var folder = Directory.CreateTempSubdirectory("briefing-fonts-");
        try
        {
            File.WriteAllBytes(Path.Combine(folder.FullName, "Mono.ttf"), ShippedFonts.Find("Noto Sans Mono", false, false)!.Read());
            using var fonts = new FontLibrary([folder.FullName], systemFonts: false);
            var face = fonts.Primary(new FontRequest(["Noto Sans Mono"], false, false));
            Assert.EndsWith("Mono.ttf", face.Name);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
