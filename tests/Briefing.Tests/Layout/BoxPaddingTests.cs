using Briefing.Diagnostics;
using Briefing.Export.Html;
using Briefing.Layout;
using Briefing.Layout.Pages;
using Briefing.Tests.Templating;

namespace Briefing.Tests.Layout;

/// <summary>A theme's padding is set per side as in CSS, so a box ruled only below can keep the body's left edge.</summary>
public sealed class BoxPaddingTests
{
    private static Theme Theme(string blocks, string styles = "")
    {
        var result = ThemeLoader.Load("theme.yaml", "page: { width: 300, height: 300, margins: 36 }\nheader: none\nfooter: none\nbanner: none\nblocks:\n" + blocks
            + (styles.Length > 0 ? "styles:\n" + styles : ""));
        Assert.True(result.Theme is not null, string.Join("\n", result.Diagnostics));
        return result.Theme!;
    }

    private static Theme Shipped(string template)
    {
        var path = Path.Combine(RepositoryTemplates.Folder, template, "theme.yaml");
        var result = ThemeLoader.Load(path, File.ReadAllText(path));
        Assert.True(result.Theme is not null, string.Join("\n", result.Diagnostics));
        return result.Theme!;
    }

    private static GlyphRunItem First(LaidOutPage page, string word) =>
        page.Items.OfType<GlyphRunItem>().First(r => r.Text == word);

    [Fact]
    public void A_heading_ruled_only_below_and_padded_above_and_below_lines_up_with_the_body_text()
    {
        var page = Render.Document("# Heading\n\nBody text.", Theme("  heading1: { border-bottom: \"1 #1f3864\", padding: 6pt 0 }\n")).Pages[0];
        Assert.Equal(First(page, "Body").X, First(page, "Heading").X, 0.01);
        // The padding below still keeps the rule clear of the heading's text.
        var rule = page.Items.OfType<RuleItem>().Single();
        Assert.True(rule.Y1 - First(page, "Heading").Baseline >= 6, "the rule sits below the padding");
        Assert.Equal(36, rule.X1, 0.01);
    }

    [Theory]
    [InlineData("book", "# Party\n\nBody text.", "Party")]
    [InlineData("memo", "::: memo-header\nHeader line.\n:::\n\nBody text.", "Header")]
    public void The_shipped_themes_headings_drawn_as_boxes_line_up_with_the_body_text(string template, string markdown, string word)
    {
        var page = Render.Document(markdown, Shipped(template)).Pages[0];
        Assert.Equal(First(page, "Body").X, First(page, word).X, 0.01);
    }

    [Theory]
    [InlineData("6pt", 6, 6, 6, 6)]
    [InlineData("3pt 0", 3, 0, 3, 0)]
    [InlineData("1 2 3", 1, 2, 3, 2)]
    [InlineData("1 2 3 4mm", 1, 2, 3, 11.34)]
    public void Padding_takes_one_to_four_lengths_in_the_order_of_css(string value, float top, float right, float bottom, float left)
    {
        var padding = Theme($"  blockquote: {{ padding: {value} }}\n").Blocks["blockquote"].Padding!.Value;
        Assert.Equal(new[] { top, right, bottom, left }, new[] { padding.Top, padding.Right, padding.Bottom, padding.Left }, (a, b) => Math.Abs(a - b) < 0.01);
    }

    [Fact]
    public void One_padding_pads_all_four_sides_as_in_css()
    {
        var page = Render.Document("::: ruled\nInside the box.\n:::\n\nBody text.", Theme("  paragraph: { align: left }\n", "  ruled: { border-bottom: \"1 #000000\", padding: 8pt }\n")).Pages[0];
        Assert.Equal(First(page, "Body").X + 8, First(page, "Inside").X, 0.01);
    }

    [Theory]
    [InlineData("1 2 3 4 5", "takes one to four lengths, not 5")]
    [InlineData("3pt wide", "not `wide` in `3pt wide`")]
    [InlineData("3pt -1", "not `-1` in `3pt -1`")]
    public void A_wrong_padding_is_an_error_at_its_place_in_the_theme(string value, string message)
    {
        var result = ThemeLoader.Load("theme.yaml", $"blocks:\n  heading1: {{ padding: {value} }}\n");
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(2, error.Line);
        Assert.Contains("`blocks.heading1.padding`", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_web_page_pads_the_same_sides()
    {
        var css = ThemeCss.Write(Theme("  heading1: { border-bottom: \"1 #1f3864\", padding: 3pt 0 }\n"), new DocumentMetadata("t", null, null, null, null, null, null));
        Assert.Contains("padding: 3pt 0pt 3pt 0pt", css, StringComparison.Ordinal);
    }
}
