using Briefing.Layout;
using Briefing.Layout.Pages;

namespace Briefing.Tests.Layout;

public class TableRuleTests
{
    private const string Table = "| A | B |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n";

    // The body's items: the running header's rule lies above the top margin.
    private static IReadOnlyList<PageItem> Items(string theme, string markdown = Table) =>
        Render.Document(markdown, ThemeLoader.Load("t.yaml", theme).Theme).Pages[0].Items
            .Where(i => i is not RuleItem r || r.Y1 > ThemeLoader.Default.Page.MarginTop - 1).ToList();

    [Fact]
    public void A_table_draws_its_rules()
    {
        Assert.Equal(4, Items("").OfType<RuleItem>().Count());
    }

    [Fact]
    public void Rule_width_zero_is_a_table_without_rules()
    {
        var items = Items("blocks:\n  table: { rule-width: 0 }\n");
        Assert.Empty(items.OfType<RuleItem>());
        Assert.Single(items.OfType<FillItem>());
    }

    [Fact]
    public void A_named_style_makes_one_table_borderless()
    {
        var items = Items("styles:\n  borderless: { rule-width: 0 }\n", "{.borderless}\n" + Table + "\n" + Table);
        Assert.Equal(4, items.OfType<RuleItem>().Count());
    }

    [Fact]
    public void A_thematic_break_of_width_zero_draws_nothing()
    {
        Assert.Empty(Items("blocks:\n  rule: { rule-width: 0 }\n", "Text.\n\n---\n\nMore.\n").OfType<RuleItem>());
    }

    [Fact]
    public void A_named_style_container_passes_its_table_properties_to_the_table_inside()
    {
        var items = Items("styles:\n  quiet: { rule-width: 0, header-background: \"#ff0000\" }\n", "::: quiet\n" + Table + ":::\n");
        Assert.Empty(items.OfType<RuleItem>());
        Assert.Equal(new Rgba(255, 0, 0, 255), Assert.Single(items.OfType<FillItem>()).Colour);
    }

    [Fact]
    public void A_table_of_its_own_named_style_wins_over_its_container()
    {
        var theme = "styles:\n  quiet: { rule-width: 0 }\n  ruled: { rule-width: 1 }\n";
        Assert.Equal(4, Items(theme, "::: quiet\n{.ruled}\n" + Table + ":::\n").OfType<RuleItem>().Count());
    }

    [Fact]
    public void A_style_line_right_after_a_table_styles_the_table()
    {
        var document = Render.Document(Table + "{.borderless}\n\nAfter.\n", ThemeLoader.Load("t.yaml", "styles:\n  borderless: { rule-width: 0 }\n").Theme);
        var text = Render.Text(document.Pages[0]);
        Assert.DoesNotContain("|", text, StringComparison.Ordinal);
        Assert.Contains("After.", text, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Pages[0].Items.OfType<RuleItem>(), r => r.Y1 > ThemeLoader.Default.Page.MarginTop - 1);
    }

    [Fact]
    public void A_style_line_after_a_grid_table_styles_the_table()
    {
        const string grid = "+---+---+\n| a | b |\n+---+---+\n{.borderless}\n";
        Assert.Empty(Items("styles:\n  borderless: { rule-width: 0 }\n", grid).OfType<RuleItem>());
    }

    [Fact]
    public void An_attribute_line_inside_a_code_block_stays_text()
    {
        var document = Render.Document("```\n| a |\n{.x}\n```\n");
        Assert.Contains("{.x}", Render.Text(document.Pages[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_of_header_rows_only_is_drawn()
    {
        var document = Render.Document("| FROM: | Embassy Riyadh |\n|---|---|\n");
        Assert.Contains("Embassy", Render.Text(document.Pages[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rules_only_style_draws_the_rules_without_the_header_fill()
    {
        var items = Items("blocks:\n  table: { header-background: \"#e7e9ee\" }\nstyles:\n  ruled: { header-background: none }\n", "{.ruled}\n" + Table);
        Assert.Equal(4, items.OfType<RuleItem>().Count());
        Assert.Empty(items.OfType<FillItem>());
    }
}
