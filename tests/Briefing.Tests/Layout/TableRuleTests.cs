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
}
