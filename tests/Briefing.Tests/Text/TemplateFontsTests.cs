using Briefing.Tests.Infrastructure;
using Briefing.Tests.Templating;

namespace Briefing.Tests.Text;

/// <summary>A <c>fonts/</c> folder beside a template, or beside all templates, adds families a theme can name.</summary>
public sealed class TemplateFontsTests
{
    private static readonly string TestFont = RepositoryRoot.Combine("tests", "Briefing.Tests", "Text", "Fonts", "NotoMono-Regular.ttf");

    [Theory]
    [InlineData("templates/plain/fonts")]
    [InlineData("templates/fonts")]
    public void A_family_in_a_fonts_folder_is_used_by_the_theme(string fontsFolder)
    {
        using var folder = new TemporaryFolder();
        Template(folder);
        Directory.CreateDirectory(folder.Combine(fontsFolder));
        File.Copy(TestFont, folder.Combine(fontsFolder, "NotoMono-Regular.ttf"));

        var result = Render(folder);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Document!.Fonts, f => f.Name.EndsWith("NotoMono-Regular.ttf", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("Noto Mono", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_the_folder_the_family_is_reported_and_the_shipped_sans_draws_instead()
    {
        using var folder = new TemporaryFolder();
        Template(folder);

        var result = Render(folder);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Document!.Fonts, f => f.Name.Contains("NotoMono", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("`Noto Mono`", StringComparison.Ordinal) && d.Message.Contains("Noto Sans is used", StringComparison.Ordinal));
    }

    private static void Template(TemporaryFolder folder)
    {
        folder.Write("templates/plain/template.sbn", "---\ntitle: Fonts\n---\n\nText set in the family of the fonts folder.\n");
        folder.Write("templates/plain/theme.yaml", "fonts:\n  body: [Noto Mono]\n");
    }

    private static RenderResult Render(TemporaryFolder folder)
    {
        using var renderer = new BriefingRenderer();
        return renderer.Render(SampleSheets.Minimal(), "minimal.yaml", new RenderOptions(folder.Combine("templates"), "plain") { SystemFonts = false });
    }
}
