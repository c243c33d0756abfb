using Briefing.Diagnostics;
using Briefing.Layout;
using Briefing.Layout.Pages;
using Briefing.Tests.Templating;

namespace Briefing.Tests.Layout;

public sealed class ThemeInheritanceTests
{
    private const string Parent = """
        page:
          size: Letter
          margins: 20mm
        blocks:
          heading2: { size: 12, color: "#1f3864", bold: true }
        styles:
          seal: { align: center, size: 8 }
        header:
          left: "{title}"
          right: "{date}"
          rule: true
        footer:
          right: "Page {page} of {pages}"
        banner:
          colors: { SECRET: "#ff0000" }
        """;

    [Fact]
    public void A_theme_that_extends_a_template_changes_only_what_it_names()
    {
        using var folder = new TemplateFolder()
            .With("memo/theme.yaml", Parent)
            .With("cable/theme.yaml", "extends: memo\nblocks:\n  heading2: { color: \"#aa0000\" }\nheader:\n  right: \"\"\nbanner:\n  colors: { TOP: \"#000000\" }\n");
        var result = ThemeLoader.LoadFile(Path.Combine(folder.Root, "cable", "theme.yaml"), folder.Root);
        Assert.Empty(result.Diagnostics);
        var theme = result.Theme!;
        Assert.Equal(612f, theme.Page.Width);
        Assert.Equal(new Rgba(0xaa, 0, 0), theme.Block("heading2").Colour);
        Assert.Equal(12f, theme.Block("heading2").Size);
        Assert.True(theme.Block("heading2").Bold);
        Assert.NotNull(theme.Named("seal"));
        Assert.Equal(("{title}", ""), (theme.Header!.Left, theme.Header.Right));
        Assert.True(theme.Header.Rule);
        Assert.Equal("Page {page} of {pages}", theme.Footer!.Right);
        Assert.Equal(new Rgba(255, 0, 0), theme.Banner!.Colours["SECRET"]);
        Assert.Equal(new Rgba(0, 0, 0), theme.Banner.Colours["TOP"]);
        Assert.Equal(2, result.Files.Count);
    }

    [Fact]
    public void A_theme_may_extend_a_file_by_path()
    {
        using var folder = new TemplateFolder()
            .With("shared/base.yaml", Parent)
            .With("cable/theme.yaml", "extends: ../shared/base.yaml\nbase: { size: 11 }\n");
        var theme = ThemeLoader.LoadFile(Path.Combine(folder.Root, "cable", "theme.yaml"), null).Theme!;
        Assert.Equal(612f, theme.Page.Width);
        Assert.Equal(11f, theme.Base.Size);
    }

    [Fact]
    public void Over_the_built_in_theme_a_header_replaces_the_default_header()
    {
        // The documented rule for a theme that extends nothing: the default's `right: {date}` does not leak in.
        var theme = ThemeLoader.Load("t.yaml", "header:\n  left: \"{title}\"\n").Theme!;
        Assert.Null(theme.Header!.Right);
    }

    [Fact]
    public void A_theme_layered_over_another_keeps_the_rest_of_it()
    {
        using var folder = new TemplateFolder().With("memo/theme.yaml", Parent).With("mine.yaml", "blocks:\n  heading2: { color: \"#00aa00\" }\n");
        var memo = ThemeLoader.LoadFile(Path.Combine(folder.Root, "memo", "theme.yaml"), folder.Root).Theme!;
        var layered = ThemeLoader.LoadFile(Path.Combine(folder.Root, "mine.yaml"), folder.Root, memo).Theme!;
        Assert.Equal(new Rgba(0, 0xaa, 0), layered.Block("heading2").Colour);
        Assert.Equal(612f, layered.Page.Width);
        Assert.Equal("{date}", layered.Header!.Right);
    }

    [Fact]
    public void The_theme_option_is_layered_over_the_template_theme_when_rendering()
    {
        using var folder = new TemplateFolder()
            .Template("memo", "## Heading\n\nText.\n")
            .With("memo/theme.yaml", Parent)
            .With("mine.yaml", "blocks:\n  heading2: { color: \"#00aa00\" }\n");
        using var renderer = new BriefingRenderer();
        var result = renderer.Render(SampleSheets.Minimal(), "x.yaml", new RenderOptions(folder.Root, "memo", Path.Combine(folder.Root, "mine.yaml")));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = result.Document!.Pages[0];
        Assert.Equal(612f, page.Width);
        var heading = page.Items.OfType<GlyphRunItem>().First(r => r.Text.Contains("Heading", StringComparison.Ordinal));
        Assert.Equal(new Rgba(0, 0xaa, 0), heading.Colour);
        Assert.Equal(12f, heading.Size);
    }

    [Theory]
    [InlineData("extends: memmo\n", 1, 10, "no template `memmo` with a theme.yaml to extend", "did you mean `memo`? templates with a theme: cable, memo")]
    [InlineData("extends: ../nowhere.yaml\n", 1, 10, "the theme `../nowhere.yaml` that `extends` names was not found", null)]
    [InlineData("extends: cable\n", 1, 10, "`extends: cable` leads back to this theme", "themes extend one another in a line, never in a circle")]
    public void Extends_errors_point_at_the_key(string yaml, int line, int column, string message, string? hint)
    {
        using var folder = new TemplateFolder().With("memo/theme.yaml", Parent).With("cable/theme.yaml", yaml);
        var path = Path.Combine(folder.Root, "cable", "theme.yaml");
        var result = ThemeLoader.LoadFile(path, folder.Root);
        Assert.Null(result.Theme);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal($"{path}:{line}:{column}: error: {message}", $"{error.File}:{error.Line}:{error.Column}: error: {error.Message}");
        if (hint is not null)
        {
            Assert.Equal(hint, error.Hint);
        }
    }

    [Fact]
    public void An_error_in_the_extended_theme_is_reported_at_that_file()
    {
        using var folder = new TemplateFolder().With("memo/theme.yaml", "page:\n  orientation: sideways\n").With("cable/theme.yaml", "extends: memo\n");
        var result = ThemeLoader.LoadFile(Path.Combine(folder.Root, "cable", "theme.yaml"), folder.Root);
        Assert.Null(result.Theme);
        Assert.Equal(
            [$"{Path.Combine(folder.Root, "memo", "theme.yaml")}:2:16", $"{Path.Combine(folder.Root, "cable", "theme.yaml")}:1:10"],
            result.Diagnostics.Select(d => $"{d.File}:{d.Line}:{d.Column}"));
    }

    [Fact]
    public void A_theme_read_from_text_cannot_extend()
    {
        var error = Assert.Single(ThemeLoader.Load("t.yaml", "extends: memo\n").Diagnostics);
        Assert.Equal((1, 10), (error.Line, error.Column));
    }
}
