using Briefing.Tests.Infrastructure;
using Briefing.Tests.Templating;
using Xunit.Abstractions;

namespace Briefing.Tests.Layout;

public sealed class LineQualityTests(ITestOutputHelper output)
{
    private static readonly string Templates = RepositoryRoot.Combine("templates");

    [Fact]
    public void The_long_memo_has_evenly_spaced_justified_lines()
    {
        using var renderer = new BriefingRenderer();
        var result = renderer.Render(SampleSheets.Long(), "long.yaml", new RenderOptions(Templates, "memo") { SystemFonts = false });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var quality = LineQuality.Of(result.Document!);
        output.WriteLine(quality.ToString());
        Assert.True(quality.JustifiedLines > 10, quality.ToString());
        Assert.Equal(0, quality.WideLines);
    }

    [Fact]
    public void The_long_synthetic_document_has_evenly_spaced_justified_lines()
    {
        var quality = LineQuality.Of(Render.Document(Briefing.Benchmarks.SyntheticDocument.Markdown(6)));
        output.WriteLine(quality.ToString());
        Assert.True(quality.JustifiedLines > 200, quality.ToString());
        Assert.True(quality.WideShare < 0.02, quality.ToString());
        Assert.True(quality.Stretch95 < 0.25, quality.ToString());
    }

    [Fact]
    public void The_riyadh_memo_has_evenly_spaced_justified_lines()
    {
        using var renderer = new BriefingRenderer();
        using var riyadh = File.OpenRead(RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml"));
        var result = renderer.Render("riyadh.yaml", riyadh, new RenderOptions(Templates, "memo") { SystemFonts = false });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var quality = LineQuality.Of(result.Document!);
        output.WriteLine(quality.ToString());
        Assert.True(quality.JustifiedLines > 10, quality.ToString());
        Assert.Equal(0, quality.WideLines);
    }

    /// <summary>
    /// The target on every shipped template and brief: no justified word gap over half an em. The widest
    /// left (0.48 em in the Riyadh book, before a paragraph's last word; 0.49 em in the eight-party book, among long
    /// names) are ones hyphenation could not narrow without breaking a paragraph's last word.
    /// </summary>
    [Theory]
    [MemberData(nameof(Snapshots.BriefSnapshotTests.Cases), MemberType = typeof(Snapshots.BriefSnapshotTests))]
    public void No_shipped_template_sets_a_justified_word_gap_over_half_an_em(string brief, string template)
    {
        using var renderer = new BriefingRenderer();
        using var stream = File.OpenRead(RepositoryRoot.Combine(brief));
        var result = renderer.Render(brief, stream, new RenderOptions(Templates, template) { SystemFonts = false });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var quality = LineQuality.Of(result.Document!);
        output.WriteLine(quality.ToString());
        Assert.Equal(0, quality.WideLines);
    }
}
