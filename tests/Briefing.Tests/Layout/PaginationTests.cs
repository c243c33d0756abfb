using Briefing.Layout;
using Briefing.Layout.Elements;
using Briefing.Text;
using Briefing.Layout.Pages;
using SkiaSharp;

namespace Briefing.Tests.Layout;

public sealed class PaginationTests
{
    private static string Filler(int lines) =>
        string.Join("\n\n", Enumerable.Range(0, lines).Select(i => $"Filler line {i}."));

    [Fact]
    public void A_heading_never_ends_a_page()
    {
        for (var lines = 1; lines < 20; lines++)
        {
            var document = Render.Document($"{Filler(lines)}\n\n## The heading\n\nBody text after the heading.", TestThemes.Small);
            var page = document.Pages.Single(p => p.Items.OfType<GlyphRunItem>().Any(r => r.Text.Contains("heading", StringComparison.Ordinal) && r.Tag.Role == BlockRole.Heading));
            var body = page.Items.OfType<GlyphRunItem>().Where(r => r.Text.Contains("Body", StringComparison.Ordinal));
            Assert.True(body.Any(), $"with {lines} filler lines the heading is alone at the bottom of its page");
        }
    }

    [Fact]
    public void Long_table_breaks_between_rows_and_repeats_its_header()
    {
        var rows = string.Join("\n", Enumerable.Range(1, 60).Select(i => $"| Row {i} | Value {i} |"));
        var document = Render.Document($"| Name | Value |\n|---|---|\n{rows}\n", TestThemes.Small);
        Assert.True(document.Pages.Count > 2);
        foreach (var page in document.Pages)
        {
            var texts = page.Items.OfType<GlyphRunItem>().Select(r => r.Text).ToList();
            Assert.Contains("Name", texts);
        }
        var all = string.Concat(document.Pages.Select(Render.Text));
        for (var i = 1; i <= 60; i++)
        {
            Assert.Contains($"Row {i}Value {i}", all);
        }
    }

    [Fact]
    public void A_page_break_starts_a_new_page()
    {
        var document = Render.Document("Before.\n\n\\newpage\n\nAfter.", TestThemes.Small);
        Assert.Equal(2, document.Pages.Count);
        Assert.Contains("After.", Render.Text(document.Pages[1]));
        Assert.DoesNotContain("newpage", Render.Text(document.Pages[0]));
    }

    [Fact]
    public void A_kept_together_block_moves_whole()
    {
        var note = "::: note\n" + string.Join("\n\n", Enumerable.Range(0, 5).Select(i => $"Note line {i}.")) + "\n:::";
        for (var lines = 5; lines < 15; lines++)
        {
            var document = Render.Document($"{Filler(lines)}\n\n{note}", TestThemes.Small);
            var pages = document.Pages.Where(p => Render.Text(p).Contains("Note line", StringComparison.Ordinal)).ToList();
            Assert.Single(pages);
        }
    }

    [Fact]
    public void Content_taller_than_a_page_is_split_not_lost()
    {
        var note = "::: note\n" + string.Join("\n\n", Enumerable.Range(0, 40).Select(i => $"Note line {i}.")) + "\n:::";
        var document = Render.Document(note, TestThemes.Small);
        var all = string.Concat(document.Pages.Select(Render.Text));
        for (var i = 0; i < 40; i++)
        {
            Assert.Contains($"Note line {i}.", all);
        }
        AssertOnPage(document);
    }

    [Fact]
    public void A_table_row_taller_than_a_page_is_split_across_pages()
    {
        var cell = string.Join(" ", Enumerable.Range(0, 400).Select(i => $"w{i}"));
        var document = Render.Document($"| A | B |\n|---|---|\n| short | {cell} |\n| next | row |\n", TestThemes.Small);
        Assert.True(document.Pages.Count > 1);
        var all = string.Concat(document.Pages.Select(Render.Text));
        for (var i = 0; i < 400; i++)
        {
            Assert.Contains($"w{i}", all);
        }
        Assert.Contains("next", all);
        AssertOnPage(document);
    }

    [Fact]
    public void A_code_block_longer_than_a_page_continues_on_the_next()
    {
        var code = string.Join("\n", Enumerable.Range(0, 80).Select(i => $"line {i}"));
        var document = Render.Document($"```\n{code}\n```\n", TestThemes.Small);
        Assert.True(document.Pages.Count > 2);
        var all = string.Concat(document.Pages.Select(Render.Text));
        Assert.Contains("line 79", all);
        AssertOnPage(document);
    }

    [Fact]
    public void Grid_tables_are_tables()
    {
        var grid = "+-----+-----+\n| a   | b   |\n+=====+=====+\n| c   | d   |\n+-----+-----+\n";
        var document = Render.Document(grid, TestThemes.Small);
        var runs = document.Pages[0].Items.OfType<GlyphRunItem>().ToList();
        Assert.Equal(BlockRole.TableHeaderCell, runs.Single(r => r.Text == "a").Tag.Role);
        Assert.Equal(BlockRole.TableCell, runs.Single(r => r.Text == "d").Tag.Role);
    }

    [Fact]
    public void No_paragraph_leaves_a_single_line_at_the_bottom_or_top_of_a_page()
    {
        foreach (var words in new[] { 8, 12, 16, 20, 90 })
        {
            SingleLinesNeverStrand(string.Join(" ", Enumerable.Range(0, words).Select(i => $"word{i}")));
        }
    }

    private static void SingleLinesNeverStrand(string paragraph)
    {
        for (var lines = 1; lines < 14; lines++)
        {
            var document = Render.Document($"{Filler(lines)}\n\n{paragraph}", TestThemes.Small);
            foreach (var page in document.Pages)
            {
                var baselines = page.Items.OfType<GlyphRunItem>().Where(r => r.Text.StartsWith("word", StringComparison.Ordinal))
                    .Select(r => r.Baseline).Distinct().Count();
                Assert.NotEqual(1, baselines);
            }
        }
    }

    [Fact]
    public void An_oversized_image_is_scaled_to_fit_the_page()
    {
        var folder = Directory.CreateTempSubdirectory("briefing-img-");
        try
        {
            using (var bitmap = new SKBitmap(1200, 4000))
            using (var canvas = new SKCanvas(bitmap))
            {
                canvas.Clear(SKColors.SteelBlue);
                using var image = SKImage.FromBitmap(bitmap);
                using var data = image.Encode(SKEncodedImageFormat.Png, 100);
                File.WriteAllBytes(Path.Combine(folder.FullName, "tall.png"), data.ToArray());
            }
            var document = Render.Document("Intro.\n\n![A tall chart](tall.png)\n\nAfter.", TestThemes.Small, folder.FullName);
            var item = document.Pages.SelectMany(p => p.Items).OfType<ImageItem>().Single();
            Assert.Equal("A tall chart", item.Tag.AltText);
            Assert.Equal(BlockRole.Figure, item.Tag.Role);
            AssertOnPage(document);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_missing_image_is_a_warning_not_a_crash()
    {
        var folder = Directory.CreateTempSubdirectory("briefing-img-");
        try
        {
            var result = Render.Layout("![Missing](nothere.png)", TestThemes.Small, folder.FullName);
            Assert.NotNull(result.Document);
            Assert.Contains(result.Diagnostics, d => d.Message.Contains("nothere.png", StringComparison.Ordinal) && d.Line == 1);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void AssertOnPage(LaidOutDocument document)
    {
        foreach (var page in document.Pages)
        {
            foreach (var item in page.Items)
            {
                var (top, bottom) = item switch
                {
                    GlyphRunItem r => (r.Baseline - r.Size, r.Baseline),
                    ImageItem i => (i.Y, i.Y + i.Height),
                    FillItem f => (f.Y, f.Y + f.Height),
                    _ => (0f, 0f),
                };
                Assert.True(top >= 0 && bottom <= page.Height, $"{item} is off the page");
            }
        }
    }

    [Fact]
    public void A_document_longer_than_the_page_limit_is_an_error_naming_the_limit()
    {
        using var fonts = new FontLibrary(systemFonts: false);
        var context = new TypesetContext(fonts, TestThemes.Small, "test.md");
        var builder = new ElementBuilder(context, new LayoutOptions("test.md"), null);
        var tree = Briefing.Markup.TreeBuilder.Build(Filler(200));
        var sections = builder.Build(tree);

        Paginator.Paginate(sections, TestThemes.Small.Page, new OutlineCollector(), context, pageLimit: 3);

        var error = Assert.Single(context.Diagnostics, d => d.Severity == Briefing.Diagnostics.Severity.Error);
        Assert.Contains("more than 3 pages", error.Message, StringComparison.Ordinal);
    }
}
