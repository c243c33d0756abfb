using Briefing.Layout;
using Briefing.Snapshots;
using Briefing.Tests.Layout;
using SkiaSharp;

namespace Briefing.Tests.Snapshots;

/// <summary>
/// The snapshot comparison at the resolution `briefing verify` uses: it catches what a reader would notice and
/// lets through only the anti-aliasing a renderer's rounding changes.
/// </summary>
public class PerceptualComparisonTests
{
    private const string Document = """
        ## Outcome of the talks

        The delegations met on 18 February 2025 in Riyadh and agreed to restore the staffing of their embassies.

        | Party | Lead | Role |
        |---|---|---|
        | United States | Marco Rubio | Secretary of State |
        | Russia | Sergei Lavrov | Minister of Foreign Affairs |
        """;

    private static byte[] Page(string markdown = Document, string theme = "") =>
        BriefingRenderer.ToPng(Render.Document(markdown, ThemeLoader.Load("t.yaml", theme).Theme), 0, DocumentSnapshots.Dpi);

    private const string Margins = "page:\n  margins: { top: 72, right: 72, bottom: 72, left: LEFT }\n";

    [Fact]
    public void A_heading_that_changes_colour_is_caught()
    {
        // The memo's navy heading printed in its near-black body colour: easy to miss at a glance, not for a reader of two versions.
        var navy = Page(theme: "blocks:\n  heading2: { color: \"#1f3864\" }\n");
        var black = Page(theme: "blocks:\n  heading2: { color: \"#1a1a1a\" }\n");
        var difference = ImageComparison.Compare(navy, black);
        Assert.False(difference.IsSame, difference.Description);
    }

    [Fact]
    public void A_column_moved_by_one_point_is_caught()
    {
        var before = Page(theme: Margins.Replace("LEFT", "72"));
        var moved = Page(theme: Margins.Replace("LEFT", "73"));
        var difference = ImageComparison.Compare(before, moved);
        Assert.False(difference.IsSame, difference.Description);
    }

    [Fact]
    public void One_changed_letter_is_caught()
    {
        // Digits have one width in the body font, so nothing else on the line moves.
        var before = Page();
        var changed = Page(Document.Replace("2025", "2026", StringComparison.Ordinal));
        var difference = ImageComparison.Compare(before, changed);
        Assert.False(difference.IsSame, difference.Description);
    }

    [Theory]
    [InlineData(12, 1)]
    [InlineData(24, 2)]
    [InlineData(24, 3)]
    public void Anti_aliasing_noise_on_the_edges_is_the_same_page(int levels, int seed)
    {
        // What another rasteriser's coverage rounding does: every pixel on an edge (one with a differently coloured
        // neighbour) a few levels lighter or darker, ink and paper untouched.
        var page = Page();
        var noisy = WithEdgeNoise(page, levels, seed);
        Assert.NotEqual(page, noisy);
        var difference = ImageComparison.Compare(page, noisy);
        Assert.True(difference.IsSame, difference.Description);
    }

    private static byte[] WithEdgeNoise(byte[] png, int levels, int seed)
    {
        using var bitmap = SKBitmap.Decode(png);
        using var copy = bitmap.Copy();
        var random = new Random(seed);
        for (var y = 1; y < bitmap.Height - 1; y++)
        {
            for (var x = 1; x < bitmap.Width - 1; x++)
            {
                var c = bitmap.GetPixel(x, y);
                var edge = bitmap.GetPixel(x - 1, y) != c || bitmap.GetPixel(x + 1, y) != c || bitmap.GetPixel(x, y - 1) != c || bitmap.GetPixel(x, y + 1) != c;
                if (!edge)
                {
                    continue;
                }
                var shift = random.Next(-levels, levels + 1);
                byte Move(byte v) => (byte)Math.Clamp(v + shift, 0, 255);
                copy.SetPixel(x, y, new SKColor(Move(c.Red), Move(c.Green), Move(c.Blue), c.Alpha));
            }
        }
        using var image = SKImage.FromBitmap(copy);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    [Fact]
    public void The_same_page_is_the_same()
    {
        Assert.True(ImageComparison.Compare(Page(), Page()).IsSame);
    }
}
