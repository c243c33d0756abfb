using Briefing.Tests.Infrastructure;
using Briefing.Tests.Templating;

namespace Briefing.Tests;

/// <summary>A heading id of any legal length names its heading, for the outline, links and page references.</summary>
public sealed class HeadingIdTests
{
    [Theory]
    [InlineData("t")]
    [InlineData("a1")]
    [InlineData("x.y")]
    [InlineData("annex-a")]
    public void A_heading_id_of_any_length_is_the_heading_s_id_and_a_reference_finds_its_page(string id)
    {
        using var folder = new TemporaryFolder();
        folder.Write("templates/ids/template.sbn", """
            ---
            title: x
            ---

            # One

            See page {{ b.ref "ID" }} and [the heading](#ID).

            \newpage

            # Two {#ID}
            """.Replace("ID", id, StringComparison.Ordinal));

        using var renderer = new BriefingRenderer();
        var result = renderer.Render(SampleSheets.Minimal(), "minimal.yaml", new RenderOptions(folder.Combine("templates"), "ids") { SystemFonts = false });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var entry = Assert.Single(result.Document!.Outline, e => e.Destination == id);
        Assert.Equal(1, entry.PageIndex);
        var text = string.Concat(result.Document.Pages[0].Items.OfType<Briefing.Layout.Pages.GlyphRunItem>().Select(r => r.Text));
        Assert.Contains("See page 2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{#", string.Concat(result.Document.Pages[1].Items.OfType<Briefing.Layout.Pages.GlyphRunItem>().Select(r => r.Text)), StringComparison.Ordinal);
    }
}
