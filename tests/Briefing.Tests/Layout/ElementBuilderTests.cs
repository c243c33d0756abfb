using Briefing.Diagnostics;
using Briefing.Layout.Pages;

namespace Briefing.Tests.Layout;

public sealed class ElementBuilderTests
{
    private static IEnumerable<GlyphRunItem> Runs(LaidOutDocument document) =>
        document.Pages.SelectMany(p => p.Items).OfType<GlyphRunItem>();

    [Fact]
    public void Page_items_keep_the_id_and_language_of_their_node()
    {
        var tree = Briefing.Markup.TreeBuilder.Build("---\nlanguage: en\n---\n\n# Title\n\nText. {lang=de}\n");
        using var fonts = new Briefing.Text.FontLibrary();
        using var typesetter = new Briefing.Layout.Typesetter(fonts);
        var document = typesetter.Layout(tree, Briefing.Layout.ThemeLoader.Default, new Briefing.Layout.LayoutOptions("test.md")).Document!;
        var heading = tree.Blocks.OfType<Briefing.Document.HeadingNode>().Single();
        var paragraph = tree.Blocks.OfType<Briefing.Document.ParagraphNode>().Single();
        var content = Runs(document).Where(r => r.Tag.Role != BlockRole.Artifact).ToList();
        Assert.Equal((heading.Id, "en"), (content.Single(r => r.Text == "Title").Tag.NodeId, content.Single(r => r.Text == "Title").Tag.Language));
        Assert.Equal((paragraph.Id, "de"), (content.Single(r => r.Text == "Text.").Tag.NodeId, content.Single(r => r.Text == "Text.").Tag.Language));
        Assert.All(Runs(document).Where(r => r.Tag.Role == BlockRole.Artifact), r => Assert.Equal(0, r.Tag.NodeId));
    }

    [Fact]
    public void Blocks_keep_their_structural_roles()
    {
        var document = Render.Document("# Title\n\nText.\n\n- item\n\n| H |\n|---|\n| c |\n\n> quoted\n\n```\ncode\n```\n");
        var roles = Runs(document).Where(r => r.Tag.Role != BlockRole.Artifact).ToDictionary(r => r.Text, r => r.Tag);
        Assert.Equal((BlockRole.Heading, 1), (roles["Title"].Role, roles["Title"].Level));
        Assert.Equal(BlockRole.Paragraph, roles["Text."].Role);
        Assert.Equal(BlockRole.TableHeaderCell, roles["H"].Role);
        Assert.Equal(BlockRole.TableCell, roles["c"].Role);
        Assert.Equal(BlockRole.Code, roles["code"].Role);
        Assert.Equal(BlockRole.ListItem, roles["•"].Role);
    }

    [Fact]
    public void Tags_nest_cells_in_rows_in_tables_and_items_in_lists()
    {
        var document = Render.Document("| H |\n|---|\n| c |\n\n- item\n\n> quoted\n");
        var runs = Runs(document).Where(r => r.Tag.Role != BlockRole.Artifact).ToList();
        var cell = runs.Single(r => r.Text == "c").Tag;
        Assert.Equal(BlockRole.TableRow, cell.Parent!.Role);
        Assert.Equal(BlockRole.Table, cell.Parent.Parent!.Role);
        var header = runs.Single(r => r.Text == "H").Tag;
        Assert.Same(cell.Parent.Parent, header.Parent!.Parent);
        Assert.NotSame(cell.Parent, header.Parent);
        var item = runs.Single(r => r.Text == "item").Tag;
        Assert.Equal((BlockRole.Paragraph, BlockRole.ListItem, BlockRole.List), (item.Role, item.Parent!.Role, item.Parent.Parent!.Role));
        Assert.Same(item.Parent, runs.Single(r => r.Text == "•").Tag);
        Assert.Equal(BlockRole.BlockQuote, runs.Single(r => r.Text == "quoted").Tag.Parent!.Role);
    }

    [Fact]
    public void Emphasis_strong_and_code_change_the_font()
    {
        var document = Render.Document("plain *italic* **bold** `mono`");
        var fonts = Runs(document).Where(r => r.Tag.Role == BlockRole.Paragraph && r.Text.Trim().Length > 0).Select(r => r.FontId).ToList();
        Assert.Equal(4, fonts.Distinct().Count());
        var names = document.Fonts.ToDictionary(f => f.Id, f => f.Name);
        Assert.Contains("Noto Sans Mono", names[fonts[3]]);
    }

    [Fact]
    public void Strikethrough_draws_a_line_through_the_words()
    {
        var document = Render.Document("plain ~~struck out~~");
        var rules = document.Pages[0].Items.OfType<RuleItem>().Where(r => r.Tag.Role == BlockRole.Paragraph).ToList();
        Assert.Equal(2, rules.Count);
        var struck = Runs(document).Single(r => r.Text == "struck");
        Assert.True(rules[0].Y1 < struck.Baseline && rules[0].Y1 > struck.Baseline - struck.Size);
    }

    [Fact]
    public void A_container_uses_its_named_style()
    {
        var document = Render.Document("::: note\nInside.\n:::\n");
        var fill = document.Pages[0].Items.OfType<FillItem>().Single();
        Assert.Equal(Rgba.TryParse("#eef3fa", out var c) ? c : default, fill.Colour);
    }

    [Fact]
    public void An_attribute_applies_a_named_style_to_a_heading()
    {
        var document = Render.Document("## Styled {.note}\n");
        Assert.Single(document.Pages[0].Items.OfType<FillItem>());
    }

    [Fact]
    public void An_unknown_style_is_a_warning_with_its_position()
    {
        var result = Render.Layout("Intro.\n\n::: nosuchstyle\nText.\n:::\n");
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal((3, 1), (warning.Line, warning.Column));
        Assert.Contains("`nosuchstyle`", warning.Message);
    }

    [Fact]
    public void A_character_no_font_has_is_a_warning_and_a_replacement_glyph_never_notdef()
    {
        var result = Render.Layout("First.\n\nA private \uE000 character.");
        var warning = Assert.Single(result.Diagnostics);
        Assert.Contains("U+E000", warning.Message);
        Assert.Equal(3, warning.Line);
        var run = Runs(result.Document!).Single(r => r.Text.Contains('\uE000'));
        Assert.DoesNotContain((ushort)0, run.Glyphs);
    }

    [Fact]
    public void A_link_to_a_missing_heading_is_a_warning()
    {
        var result = Render.Layout("# Here\n\n[ok](#here) and [broken](#nowhere)");
        var warning = Assert.Single(result.Diagnostics);
        Assert.Contains("#nowhere", warning.Message);
        Assert.Contains(Runs(result.Document!), r => r.Text == "ok");
        var links = result.Document!.Pages[0].Items.OfType<LinkItem>().Select(l => l.Destination).ToList();
        Assert.Contains("here", links);
    }

    [Fact]
    public void Headings_take_an_explicit_id_or_one_made_from_their_text()
    {
        var result = Render.Layout("## Next steps\n\n## Annex {#annex-a}\n\n[a](#next-steps) [b](#annex-a)");
        Assert.Empty(result.Diagnostics);
        var names = result.Document!.Pages[0].Items.OfType<DestinationItem>().Select(d => d.Name).ToList();
        Assert.Equal(["next-steps", "annex-a"], names);
        Assert.Equal(["Next steps", "Annex"], result.Document.Outline.Select(o => o.Title));
    }

    [Fact]
    public void A_contents_list_shows_the_page_of_each_heading()
    {
        var markdown = "{.toc}\n- [Alpha](#alpha)\n- [Beta](#beta)\n\n\\newpage\n\n# Alpha\n\nText.\n\n\\newpage\n\n# Beta\n\nText.";
        var document = Render.Document(markdown, TestThemes.Small);
        Assert.Equal(3, document.Pages.Count);
        var first = document.Pages[0].Items.OfType<GlyphRunItem>().ToList();
        var alpha = first.Single(r => r.Text == "Alpha");
        var beta = first.Single(r => r.Text == "Beta");
        var two = first.Single(r => r.Text == "2" && r.Baseline == alpha.Baseline);
        var three = first.Single(r => r.Text == "3" && r.Baseline == beta.Baseline);
        Assert.Equal(300 - 36, two.X + two.Width, 0.5f);
        Assert.Equal(300 - 36, three.X + three.Width, 0.5f);
        Assert.DoesNotContain(first, r => r.Text == "•");
        var dots = document.Pages[0].Items.OfType<FillItem>().Where(f => Math.Abs(f.Y + f.Height - alpha.Baseline) < 0.01f).ToList();
        Assert.True(dots.Count > 10, $"{dots.Count} leader dots");
        Assert.All(dots, d => Assert.True(d.X > alpha.X + alpha.Width && d.X + d.Width < two.X));
    }

    /// <summary>A contents class is part of the Markdown the layout understands, not a theme style to define.</summary>
    [Theory]
    [InlineData("{.toc}\n- [Alpha](#alpha)\n\n# Alpha\n")]
    [InlineData("::: toc\n- [Alpha](#alpha)\n:::\n\n# Alpha\n")]
    public void A_contents_list_needs_no_theme_style(string markdown)
    {
        var result = Render.Layout(markdown);
        Assert.Empty(result.Diagnostics);
    }

    /// <summary>The page number is read after its entry, as it stands after it on the line.</summary>
    [Fact]
    public void A_contents_entry_comes_before_its_page_number()
    {
        var document = Render.Document("{.toc}\n- [Alpha](#alpha)\n\n\\newpage\n\n# Alpha\n", TestThemes.Small);
        var texts = document.Pages[0].Items.OfType<GlyphRunItem>().Select(r => r.Text).ToList();
        Assert.True(texts.IndexOf("Alpha") < texts.IndexOf("2"), string.Join(" ", texts));
    }

    /// <summary>An underlined link is one stroke from its first letter to its last, not a stroke per word.</summary>
    [Fact]
    public void An_underlined_link_is_underlined_across_its_spaces_and_not_beyond()
    {
        var theme = Briefing.Layout.ThemeLoader.Load("t.yaml", "blocks:\n  link: { underline: true }\n").Theme!;
        var document = Render.Document("See [the joint water committee](https://example.org) today.", theme);
        var items = document.Pages[0].Items;
        var words = items.OfType<GlyphRunItem>().Where(r => r.Text is "the" or "committee").ToList();
        var strokes = items.OfType<RuleItem>().Where(r => r.Y1 > words[0].Baseline && r.Y1 < words[0].Baseline + 5).OrderBy(r => r.X1).ToList();
        Assert.Equal(words[0].X, strokes[0].X1, 0.01f);
        Assert.Equal(words[1].X + words[1].Width, strokes[^1].X2, 0.01f);
        for (var i = 1; i < strokes.Count; i++)
        {
            Assert.Equal(strokes[i - 1].X2, strokes[i].X1, 0.01f);
        }
    }

    [Fact]
    public void Footnotes_are_numbered_at_the_end()
    {
        var document = Render.Document("Text with a note.[^a]\n\nMore text.\n\n[^a]: The note.");
        var texts = Runs(document).Select(r => r.Text).ToList();
        Assert.True(texts.IndexOf("1.") > texts.IndexOf("More"));
        Assert.Contains(document.Pages[0].Items.OfType<DestinationItem>(), d => d.Name == "fn-1");
    }

    [Fact]
    public void A_br_tag_breaks_the_line_inside_a_table_cell()
    {
        var document = Render.Document("| A |\n|---|\n| first<br>second |\n");
        var first = Runs(document).Single(r => r.Text == "first");
        var second = Runs(document).Single(r => r.Text == "second");
        Assert.True(second.Baseline > first.Baseline);
        Assert.Equal(first.X, second.X);
    }

    [Fact]
    public void A_theme_font_that_is_not_installed_is_a_warning()
    {
        var theme = Briefing.Layout.ThemeLoader.Load("t.yaml", "fonts:\n  body: [No Such Font 42]\n").Theme!;
        var result = Render.Layout("Text.", theme);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Contains("`No Such Font 42`", warning.Message);
        Assert.NotNull(result.Document);
    }

    [Fact]
    public void Ordered_lists_count_from_their_start()
    {
        var document = Render.Document("3. three\n4. four\n");
        var texts = Runs(document).Select(r => r.Text).ToList();
        Assert.Contains("3.", texts);
        Assert.Contains("4.", texts);
    }

    [Fact]
    public void Front_matter_fills_metadata_and_is_not_drawn()
    {
        var document = Render.Document("---\ntitle: The title\nclassification: SECRET\n---\n\nBody.");
        Assert.Equal("The title", document.Metadata.Title);
        Assert.Equal("SECRET", document.Metadata.Classification);
        Assert.DoesNotContain(Runs(document), r => r.Text.Contains("title:", StringComparison.Ordinal));
        Assert.Contains(Runs(document), r => r.Text == "SECRET" && r.Tag.Role == BlockRole.Artifact);
    }
}
