using Briefing.Diagnostics;
using Briefing.Layout;
using Briefing.Layout.Pages;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Layout;

/// <summary>Images where a letterhead needs them: in table cells (beside a header block) and in the running header and footer.</summary>
public class ImagePlacementTests
{
    private static TemporaryFolder Folder() => SealFolder.Create();

    private static Theme Theme(TemporaryFolder folder, string yaml)
    {
        var result = ThemeLoader.Load(folder.Combine("theme.yaml"), yaml);
        Assert.True(result.Theme is not null, string.Join("\n", result.Diagnostics));
        return result.Theme!;
    }

    [Fact]
    public void An_image_alone_in_a_table_cell_is_drawn_at_its_size()
    {
        using var folder = Folder();
        var document = Render.Document("| | |\n|---|---|\n| ![Seal](seal.png){width=40pt} | **FROM:** Embassy<br>**TO:** Secretary |\n", baseDirectory: folder.Path);
        var image = Assert.Single(document.Pages[0].Items.OfType<ImageItem>());
        Assert.Equal((40f, 20f), (image.Width, image.Height));
        var from = document.Pages[0].Items.OfType<GlyphRunItem>().First(r => r.Text.Contains("FROM", StringComparison.Ordinal));
        Assert.True(from.X >= image.X + image.Width, "the header block stands beside the seal");
        Assert.Equal(from.Baseline, document.Pages[0].Items.OfType<GlyphRunItem>().Min(r => r.Baseline), 0.01f);
    }

    [Fact]
    public void An_empty_header_row_is_a_table_without_header()
    {
        var document = Render.Document("| | |\n|---|---|\n| a | b |\n", ThemeLoader.Load("t.yaml", "blocks:\n  table: { header-background: \"#ff0000\" }\n").Theme);
        Assert.DoesNotContain(document.Pages[0].Items.OfType<FillItem>(), f => f.Colour == new Rgba(255, 0, 0));
    }

    [Fact]
    public void A_cell_image_follows_its_column_alignment()
    {
        using var folder = Folder();
        var document = Render.Document("| A | Seal |\n|---|--:|\n| a | ![Seal](seal.png){height=10pt} |\n", baseDirectory: folder.Path);
        var image = Assert.Single(document.Pages[0].Items.OfType<ImageItem>());
        var page = ThemeLoader.Default.Page;
        Assert.Equal(page.Width - page.MarginRight - 4, image.X + image.Width, 0.5f);
    }

    [Fact]
    public void An_image_with_text_in_a_cell_shows_its_alternative_text()
    {
        using var folder = Folder();
        var document = Render.Document("| A |\n|---|\n| see ![Seal](seal.png) here |\n", baseDirectory: folder.Path);
        Assert.Empty(document.Pages[0].Items.OfType<ImageItem>());
        Assert.Contains("see Seal here", Render.Text(document.Pages[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_cell_image_is_a_warning_at_the_cell()
    {
        using var folder = Folder();
        var result = Render.Layout("Text.\n\n| A |\n|---|\n| ![Gone](gone.png) |\n", baseDirectory: folder.Path);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((5, 3), (warning.Line, warning.Column));
        Assert.Contains("`gone.png` not found", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_running_header_shows_an_image_from_the_theme()
    {
        using var folder = Folder();
        var theme = Theme(folder, "header:\n  left: { image: seal.png, height: 20pt }\n  right: \"{page}\"\n");
        var document = Render.Document("Text.\n\n\\newpage\n\nMore.\n", theme);
        Assert.All(document.Pages, page =>
        {
            var image = Assert.Single(page.Items.OfType<ImageItem>());
            Assert.Equal((40f, 20f), (image.Width, image.Height));
            Assert.Equal(theme.Page.MarginLeft, image.X, 0.01f);
            Assert.True(image.Y + image.Height <= theme.Page.MarginTop, "the seal stays above the body");
        });
    }

    [Theory]
    [InlineData("header:\n  left: { image: seal.png, height: 200pt }\n", "the running header's left image does not fit in the ")]
    [InlineData("footer:\n  style: { size: 150 }\n  right: \"{page}\"\n", "the running footer's right text does not fit in the ")]
    public void A_running_slot_too_tall_for_its_margin_is_left_out_with_one_warning(string yaml, string message)
    {
        using var folder = Folder();
        var result = Render.Layout("Text.\n\n\\newpage\n\nMore.\n", Theme(folder, yaml));

        var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains("does not fit in the", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.StartsWith(message, warning.Message, StringComparison.Ordinal);
        Assert.Equal(2, result.Document!.Pages.Count);
        Assert.DoesNotContain(result.Document.Pages.SelectMany(p => p.Items), i => i is ImageItem);
    }

    [Fact]
    public void The_running_footer_shows_an_image_on_the_right()
    {
        using var folder = Folder();
        var theme = Theme(folder, "footer:\n  right: { image: seal.png, width: 30pt }\n");
        var image = Assert.Single(Render.Document("Text.\n", theme).Pages[0].Items.OfType<ImageItem>());
        Assert.Equal((30f, 15f), (image.Width, image.Height));
        Assert.Equal(theme.Page.Width - theme.Page.MarginRight, image.X + image.Width, 0.01f);
        Assert.True(image.Y >= theme.Page.Height - theme.Page.MarginBottom);
    }

    [Fact]
    public void An_extending_theme_replaces_an_image_slot_with_text()
    {
        using var folder = Folder();
        var basis = Theme(folder, "header:\n  left: { image: seal.png, height: 20pt }\n");
        var theme = ThemeLoader.Load(folder.Combine("over.yaml"), "header:\n  left: \"Embassy\"\n", basis).Theme!;
        var page = Render.Document("Text.\n", theme).Pages[0];
        Assert.Empty(page.Items.OfType<ImageItem>());
        Assert.Contains("Embassy", Render.Text(page), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("header:\n  left: { image: gone.png }\n", 2, 18, "`header.left`: image `gone.png` not found")]
    [InlineData("header:\n  left: { height: 20pt }\n", 2, 9, "`header.left` needs `image:`")]
    [InlineData("footer:\n  center: { image: seal.png, size: 3 }\n", 2, 30, "unknown key `size` in `footer.center`")]
    [InlineData("header:\n  left: { image: ../seal.png }\n", 2, 18, "outside the theme's folder")]
    public void A_bad_header_image_is_an_error_at_its_line(string yaml, int line, int column, string message)
    {
        using var folder = Folder();
        var result = ThemeLoader.Load(folder.Combine("theme.yaml"), yaml);
        Assert.Null(result.Theme);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
