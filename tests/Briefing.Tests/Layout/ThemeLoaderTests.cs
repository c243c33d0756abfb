using Briefing.Diagnostics;
using Briefing.Layout;
using Briefing.Layout.Pages;

namespace Briefing.Tests.Layout;

public sealed class ThemeLoaderTests
{
    [Fact]
    public void The_default_theme_is_a4_with_serif_body_and_sans_headings()
    {
        var theme = ThemeLoader.Default;
        Assert.Equal(595.276f, theme.Page.Width, 0.01f);
        Assert.Equal("Noto Serif", theme.Fonts.Body[0]);
        Assert.Equal("Noto Sans", theme.FamiliesOf(theme.Block("heading1").Font)[0]);
        Assert.Equal(10.5f, theme.Base.Size);
    }

    [Fact]
    public void The_written_out_default_theme_loads()
    {
        var theme = TestThemes.Load("default.yaml");
        Assert.Equal("Page {page} of {pages}", theme.Footer!.Right);
    }

    [Fact]
    public void Keys_left_out_keep_the_defaults()
    {
        var result = ThemeLoader.Load("t.yaml", "page:\n  size: Letter\n");
        Assert.Empty(result.Diagnostics);
        Assert.Equal(612f, result.Theme!.Page.Width);
        Assert.Equal(ThemeLoader.Default.Fonts, result.Theme.Fonts);
        Assert.NotNull(result.Theme.Named("note"));
    }

    [Fact]
    public void Lengths_take_units_and_margins_may_be_one_value()
    {
        var theme = ThemeLoader.Load("t.yaml", "page:\n  width: 100mm\n  height: 8in\n  margins: 1cm\n").Theme!;
        Assert.Equal(283.46f, theme.Page.Width, 0.01f);
        Assert.Equal(576f, theme.Page.Height, 0.01f);
        Assert.Equal(28.35f, theme.Page.MarginLeft, 0.01f);
    }

    [Fact]
    public void Named_styles_and_block_styles_are_read()
    {
        var yaml = """
            blocks:
              heading2: { size: 20, color: "#ff0000", font: mono }
            styles:
              alert: { background: "#ffeeee", border: "1 #ff0000", padding: 6, keep-together: true }
            banner:
              text: "{classification}"
              colors: { SECRET: "#ff0000" }
            """;
        var result = ThemeLoader.Load("t.yaml", yaml);
        Assert.Empty(result.Diagnostics);
        var theme = result.Theme!;
        Assert.Equal(20f, theme.Block("heading2").Size);
        Assert.Equal(new Rgba(255, 0, 0), theme.Block("heading2").Colour);
        Assert.Equal("Noto Sans Mono", theme.FamiliesOf(theme.Block("heading2").Font)[0]);
        var alert = theme.Named("alert")!;
        Assert.Equal(new BorderStyle(1, new Rgba(255, 0, 0)), alert.Border);
        Assert.True(alert.KeepTogether);
        Assert.Equal(new Rgba(255, 0, 0), theme.Banner!.Colours["secret"]);
    }

    [Theory]
    [InlineData("page:\n  size: B7\n", 2, 9, "unknown page size `B7`")]
    [InlineData("pgae:\n  size: A4\n", 1, 1, "unknown key `pgae` in `theme`")]
    [InlineData("blocks:\n  paragraph: { color: red }\n", 2, 23, "`blocks.paragraph.color` is not a colour: `red`")]
    [InlineData("blocks:\n  paragraf: { size: 3 }\n", 2, 3, "unknown key `paragraf` in `blocks`")]
    [InlineData("base:\n  size: huge\n", 2, 9, "`base.size` must be a number")]
    [InlineData("page:\n  margins: { top: -3 }\n", 2, 19, "`page.margins.top` must not be negative: `-3`")]
    [InlineData("page:\n  margins: -5mm\n", 2, 12, "`page.margins` must not be negative: `-5mm`")]
    [InlineData("page:\n  orientation: landscap\n", 2, 16, "`page.orientation` must be portrait or landscape, not `landscap`")]
    [InlineData("page:\n  orientation: 42\n", 2, 16, "`page.orientation` must be portrait or landscape, not `42`")]
    [InlineData("blocks:\n  heading1:\n    color: #1f3864\n", 3, 11, "`blocks.heading1.color` is empty: YAML read `#1f3864` as a comment")]
    [InlineData("page: [\n", 2, 1, "theme is not valid YAML")]
    [InlineData("footer:\n  right: \"Page {page} of {pagse}\"\n", 2, 10, "unknown placeholder `{pagse}` in `footer.right`")]
    [InlineData("banner:\n  text: \"{clasification} // NOFORN\"\n", 2, 9, "unknown placeholder `{clasification}` in `banner.text`")]
    [InlineData("blocks:\n  heading1: { font: headng }\n", 2, 21, "unknown font role `headng` in `blocks.heading1.font`")]
    [InlineData("footer:\n  style:\n    font: bdy\n", 3, 11, "unknown font role `bdy` in `footer.style.font`")]
    public void Errors_point_at_the_line_and_column(string yaml, int line, int column, string message)
    {
        var result = ThemeLoader.Load("theme.yaml", yaml);
        Assert.Null(result.Theme);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.StartsWith(message, error.Message);
        Assert.StartsWith($"theme.yaml:{line}:{column}: error: ", error.ToString());
    }

    [Theory]
    [InlineData("page:\n  orientation: landscap\n", "did you mean `landscape`?")]
    [InlineData("page:\n  orientation: 42\n", "write `orientation: portrait` or `orientation: landscape`")]
    [InlineData("page:\n  margins: { top: -3 }\n", "use 0 or a positive length")]
    [InlineData("blocks:\n  heading1:\n    color: #1f3864\n", "quote the colour: `\"#1f3864\"` (unquoted, YAML reads `#` as the start of a comment)")]
    [InlineData("blocks:\n  heading1: { color: #1f3864 }\n", "quote the colour: `\"#1f3864\"` (unquoted, YAML reads `#` as the start of a comment)")]
    [InlineData("blocks:\n  heading1: { color: red }\n", "write it as \"#rrggbb\", in quotes, or none")]
    public void Each_mistake_says_what_to_do(string yaml, string hint)
    {
        var error = Assert.Single(ThemeLoader.Load("theme.yaml", yaml).Diagnostics);
        Assert.Equal(hint, error.Hint);
    }

    [Fact]
    public void Landscape_turns_the_page()
    {
        var theme = ThemeLoader.Load("t.yaml", "page:\n  size: Letter\n  orientation: landscape\n").Theme!;
        Assert.Equal((792f, 612f), (theme.Page.Width, theme.Page.Height));
    }

    [Fact]
    public void A_mistyped_placeholder_gets_a_suggestion_and_the_list()
    {
        var error = Assert.Single(ThemeLoader.Load("t.yaml", "header:\n  left: \"{tittle}\"\n").Diagnostics);
        Assert.Equal("did you mean `{title}`? known: {classification}, {title}, {date}, {page}, {pages}", error.Hint);
    }

    [Fact]
    public void A_mistyped_font_role_gets_a_suggestion()
    {
        var error = Assert.Single(ThemeLoader.Load("theme.yaml", "blocks:\n  table: { font: headng }\n").Diagnostics);
        Assert.StartsWith("did you mean `heading`?", error.Hint);
    }

    [Fact]
    public void The_fonts_section_changes_every_block_that_names_a_role_including_inherited_ones()
    {
        var theme = ThemeLoader.Load("t.yaml", "fonts:\n  body: [Liberation Serif]\n  heading: [Liberation Sans]\n  mono: [Liberation Mono]\n").Theme!;
        Assert.Equal(["Liberation Serif"], theme.FamiliesOf(theme.Base.Font));
        Assert.Equal(["Liberation Serif"], theme.FamiliesOf(theme.Block("paragraph").Over(theme.Base).Font));
        Assert.Equal(["Liberation Sans"], theme.FamiliesOf(theme.Block("heading1").Font));
        Assert.Equal(["Liberation Sans"], theme.FamiliesOf(theme.Block("table").Font));
        Assert.Equal(["Liberation Sans"], theme.FamiliesOf(theme.Footer!.Style.Font));
        Assert.Equal(["Liberation Mono"], theme.FamiliesOf(theme.Block("code-block").Font));
    }

    [Fact]
    public void A_block_may_name_its_own_families()
    {
        var theme = ThemeLoader.Load("t.yaml", "blocks:\n  heading1: { font: [Noto Serif, Noto Naskh Arabic] }\n  heading2: { font: Noto Sans Mono }\n").Theme!;
        Assert.Equal(["Noto Serif", "Noto Naskh Arabic"], theme.FamiliesOf(theme.Block("heading1").Font));
        Assert.Equal(["Noto Sans Mono"], theme.FamiliesOf(theme.Block("heading2").Font));
    }

    [Fact]
    public void Every_placeholder_is_filled_on_the_page()
    {
        var names = string.Join(" ", RunningText.Placeholders.Select(p => $"{p}=[{{{p}}}]"));
        var theme = ThemeLoader.Load("t.yaml", $"header:\n  left: \"{names}\"\n").Theme!;
        var text = string.Concat(Render.Document("---\ntitle: T\nclassification: SECRET\ndate: 2026-01-02\n---\n\nBody.", theme)
            .Pages[0].Items.OfType<GlyphRunItem>().Select(r => r.Text));
        Assert.Contains("classification=[SECRET]", text);
        Assert.Contains("title=[T]", text);
        Assert.Contains("date=[2 January 2026]", text);
        Assert.Contains("page=[1]", text);
        Assert.Contains("pages=[1]", text);
        Assert.DoesNotContain("{", text);
    }

    [Fact]
    public void A_header_and_footer_can_leave_the_cover_page_alone()
    {
        var theme = ThemeLoader.Load("t.yaml", "header:\n  left: \"HEAD {page}\"\n  first-page: false\nfooter:\n  right: \"FOOT {page}\"\n  first-page: false\n").Theme!;
        var document = Render.Document("# Cover\n\n\\newpage\n\nBody.\n", theme);
        string Text(int page) => string.Concat(document.Pages[page].Items.OfType<GlyphRunItem>().Select(r => r.Text));
        Assert.Equal(2, document.Pages.Count);
        Assert.DoesNotContain("HEAD", Text(0));
        Assert.DoesNotContain("FOOT", Text(0));
        Assert.Contains("HEAD 2", Text(1));
        Assert.Contains("FOOT 2", Text(1));
    }
}
