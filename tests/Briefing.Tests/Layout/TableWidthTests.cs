using Briefing.Diagnostics;
using Briefing.Layout;
using Briefing.Layout.Pages;

namespace Briefing.Tests.Layout;

/// <summary>Column widths asked by the theme, a grid table or an attribute; the least gap between columns.</summary>
public class TableWidthTests
{
    private const string Table = "| Alpha | Beta |\n|---|---|\n| one | two |\n";

    private static Theme Theme(string yaml = "")
    {
        var result = ThemeLoader.Load("t.yaml", yaml);
        Assert.True(result.Theme is not null, string.Join("\n", result.Diagnostics));
        return result.Theme!;
    }

    private static float Left => ThemeLoader.Default.Page.MarginLeft;

    private static float TextWidth => ThemeLoader.Default.Page.Width - ThemeLoader.Default.Page.MarginLeft - ThemeLoader.Default.Page.MarginRight;

    private static GlyphRunItem Run(LaidOutDocument document, string text) =>
        document.Pages[0].Items.OfType<GlyphRunItem>().First(r => r.Text.Contains(text, StringComparison.Ordinal));

    // Where the second column starts: its text's left edge less the cell padding (4 pt in the default theme).
    private static float SecondColumn(LaidOutDocument document) => Run(document, "two").X - 4 - Left;

    [Fact]
    public void Automatic_widths_share_the_line_by_content()
    {
        Assert.InRange(SecondColumn(Render.Document(Table)), TextWidth * 0.4f, TextWidth * 0.6f);
    }

    [Fact]
    public void The_theme_sets_column_widths()
    {
        var document = Render.Document(Table, Theme("blocks:\n  table: { column-widths: [25%, auto] }\n"));
        Assert.Equal(TextWidth * 0.25f, SecondColumn(document), 0.5f);
    }

    [Fact]
    public void A_length_sets_a_column_to_that_width()
    {
        var document = Render.Document(Table, Theme("blocks:\n  table: { column-widths: \"30mm auto\" }\n"));
        Assert.Equal(30 * 72 / 25.4f, SecondColumn(document), 0.5f);
    }

    [Fact]
    public void A_grid_table_keeps_the_widths_it_is_drawn_with()
    {
        const string grid = "+----------+------------------------------+\n| one      | two                          |\n+----------+------------------------------+\n";
        Assert.Equal(TextWidth * 10 / 40, SecondColumn(Render.Document(grid)), 1f);
    }

    [Fact]
    public void An_attribute_before_or_after_the_table_sets_its_widths()
    {
        Assert.Equal(TextWidth * 0.7f, SecondColumn(Render.Document("{widths=\"70% 30%\"}\n" + Table)), 0.5f);
        Assert.Equal(TextWidth * 0.7f, SecondColumn(Render.Document(Table + "{widths=\"70% 30%\"}\n")), 0.5f);
    }

    [Fact]
    public void The_attribute_wins_over_the_theme()
    {
        var document = Render.Document(Table + "{widths=\"60% auto\"}\n", Theme("blocks:\n  table: { column-widths: [25%, auto] }\n"));
        Assert.Equal(TextWidth * 0.6f, SecondColumn(document), 0.5f);
    }

    [Fact]
    public void A_width_that_is_not_one_is_a_warning_at_the_table()
    {
        var result = Render.Layout("Text.\n\n" + Table + "{widths=\"70 % wide\"}\n");
        var warning = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Warning);
        Assert.Equal((3, 1), (warning.Line, warning.Column));
        Assert.Contains("`%` is not a column width", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_few_widths_in_the_theme_are_a_warning()
    {
        var result = Render.Layout("| a | b | c |\n|---|---|---|\n| 1 | 2 | 3 |\n", Theme("blocks:\n  table: { column-widths: [25%, auto] }\n"));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("3 columns, but the theme's `column-widths` gives 2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_width_in_the_theme_is_an_error_at_its_line()
    {
        var result = ThemeLoader.Load("t.yaml", "blocks:\n  table: { column-widths: [25%, wide] }\n");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(2, error.Line);
        Assert.Contains("`wide` is not a column width", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_keep_the_least_gap_when_cells_have_no_padding()
    {
        const string tight = "| aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb |\n|---|---|\n";
        var document = Render.Document(tight, Theme("blocks:\n  table: { cell-padding: 0, column-gap: 6pt }\n"));
        var runs = document.Pages[0].Items.OfType<GlyphRunItem>().ToList();
        var firstRight = runs.Where(r => r.Text.StartsWith('a')).Max(r => r.X + r.Width);
        var secondLeft = runs.Where(r => r.Text.StartsWith('b')).Min(r => r.X);
        Assert.True(secondLeft - firstRight >= 6 - 0.01f, $"gap {secondLeft - firstRight}");
    }

    [Fact]
    public void The_default_gap_is_kept_without_padding()
    {
        var document = Render.Document(Table, Theme("blocks:\n  table: { cell-padding: 0, column-widths: [20pt, auto] }\n"));
        Assert.Equal(Left + 20 + TableElements.DefaultColumnGap, Run(document, "two").X, 0.5f);
    }
}
