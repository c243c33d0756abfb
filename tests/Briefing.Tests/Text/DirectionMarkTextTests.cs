using Briefing.Tests.Export;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Text;

/// <summary>Direction marks steer the layout and never reach the text a reader copies or searches.</summary>
public sealed class DirectionMarkTextTests
{
    [Theory]
    [InlineData("one-pager")]
    [InlineData("memo")]
    public void The_riyadh_brief_text_has_no_direction_marks(string template)
    {
        using var renderer = new BriefingRenderer();
        var brief = RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml");
        using var stream = File.OpenRead(brief);
        var result = renderer.Render(brief, stream, new RenderOptions(RepositoryRoot.Combine("templates"), template) { SystemFonts = false });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var (exit, text) = ExternalTool.RunOnPdf(BriefingRenderer.ToPdf(result.Document!), "pdftotext", "-enc", "UTF-8", "{pdf}", "-");

        Assert.Equal(0, exit);
        Assert.Contains("Washington", text);
        Assert.DoesNotContain(text, c => c is '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'));
    }
}
