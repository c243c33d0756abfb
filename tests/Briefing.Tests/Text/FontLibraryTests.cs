using Briefing.Text;

namespace Briefing.Tests.Text;

public sealed class FontLibraryTests
{
    private static readonly FontRequest Serif = new(["DejaVu Serif"], false, false);

    [Fact]
    public void Resolves_a_system_family()
    {
        using var fonts = new FontLibrary();
        Assert.StartsWith("DejaVu Serif", fonts.Primary(Serif).Name);
    }

    [Fact]
    public void Unknown_family_falls_through_to_the_next_in_the_list()
    {
        using var fonts = new FontLibrary();
        var face = fonts.Primary(new FontRequest(["No Such Family 42", "DejaVu Sans"], false, false));
        Assert.StartsWith("DejaVu Sans", face.Name);
    }

    [Fact]
    public void A_character_the_family_lacks_comes_from_another_font()
    {
        using var fonts = new FontLibrary();
        Assert.False(fonts.Primary(Serif).HasGlyph('م'));
        var face = fonts.ForCodepoint(Serif, 'م');
        Assert.NotNull(face);
        Assert.True(face!.HasGlyph('م'));
    }

    [Fact]
    public void A_character_no_font_has_gives_null()
    {
        using var fonts = new FontLibrary();
        Assert.Null(fonts.ForCodepoint(Serif, 0x10FFFD));
    }

    [Fact]
    public void Fonts_folder_is_used_before_the_system()
    {
        var folder = Directory.CreateTempSubdirectory("briefing-fonts-");
        try
        {
            File.Copy("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", Path.Combine(folder.FullName, "Mono.ttf"));
            using var fonts = new FontLibrary([folder.FullName]);
            var face = fonts.Primary(new FontRequest(["DejaVu Sans Mono"], false, false));
            Assert.EndsWith("Mono.ttf", face.Name);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
