using Briefing.Layout;
using Briefing.Layout.Pages;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Layout;

public class ImageAttributeTests
{
    private static TemporaryFolder Folder()
    {
        var folder = SealFolder.Create();
        File.WriteAllText(folder.Combine("seal.tiff"), "not an image at all");
        return folder;
    }

    private static ImageItem Image(string markdown)
    {
        using var folder = Folder();
        var document = Render.Document(markdown, baseDirectory: folder.Path);
        return Assert.Single(document.Pages[0].Items.OfType<ImageItem>());
    }

    [Theory]
    [InlineData("![Seal](seal.png)", 150, 75)]
    [InlineData("![Seal](seal.png){width=40pt}", 40, 20)]
    [InlineData("![Seal](seal.png){width=40}", 40, 20)]
    [InlineData("![Seal](seal.png){height=1in}", 144, 72)]
    [InlineData("![Seal](seal.png){width=2cm}", 56.69, 28.35)]
    [InlineData("![Seal](seal.png){width=80px}", 60, 30)]
    [InlineData("![Seal](seal.png){width=100pt height=20pt}", 40, 20)]
    [InlineData("![Seal](seal.png){width=20pt height=100pt}", 20, 10)]
    public void Width_and_height_in_any_unit_keep_the_proportions(string markdown, float width, float height)
    {
        var image = Image(markdown);
        Assert.Equal(width, image.Width, 0.01f);
        Assert.Equal(height, image.Height, 0.01f);
    }

    [Fact]
    public void A_width_in_percent_is_a_share_of_the_text_width()
    {
        var image = Image("![Seal](seal.png){width=50%}");
        var body = ThemeLoader.Default.Page.BodyWidth;
        Assert.Equal(body / 2, image.Width, 0.01f);
        Assert.Equal(body / 4, image.Height, 0.01f);
    }

    [Fact]
    public void A_size_that_is_not_a_length_is_a_warning_and_the_image_keeps_its_size()
    {
        using var folder = Folder();
        var result = Render.Layout("Text.\n\n![Seal](seal.png){width=40pz}\n", baseDirectory: folder.Path);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("test.md:3:1: warning: image width `40pz` is not a length (write a number with pt, mm, cm, in or px (a bare number is points), or a width in % of the text width; one side keeps the image's proportions)", warning.ToString());
        Assert.Equal(150, Assert.Single(result.Document!.Pages[0].Items.OfType<ImageItem>()).Width, 0.01f);
    }

    [Fact]
    public void A_file_in_another_format_is_not_called_a_non_png()
    {
        using var folder = Folder();
        var warning = Assert.Single(Render.Layout("![Seal](seal.tiff)\n", baseDirectory: folder.Path).Diagnostics);
        Assert.Equal("test.md:1:1: warning: image `seal.tiff` is not a PNG, JPEG or SVG image (save it as PNG or JPEG (photos), or SVG (logos and seals, kept sharp at any size))", warning.ToString());
    }
}
