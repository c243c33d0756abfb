using System.Diagnostics;
using Briefing.Diagnostics;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Text;

/// <summary>
/// The shipped fonts draw every template × brief on their own: no missing glyph with system fonts off, and the same
/// bytes as from the program on a machine whose fontconfig lists no fonts at all.
/// </summary>
public sealed class ShippedFontsRenderTests
{
    private static readonly string Templates = RepositoryRoot.Combine("templates");

    public static TheoryData<string, string> Documents()
    {
        var data = new TheoryData<string, string>();
        var briefs = Directory.GetFiles(RepositoryRoot.Combine("briefs"), "*.yaml")
            .Concat(Directory.GetFiles(RepositoryRoot.Combine("tests", "Briefing.Tests", "Briefs"), "*.yaml"))
            .Order(StringComparer.Ordinal);
        foreach (var brief in briefs)
        {
            foreach (var template in new[] { "memo", "one-pager", "book" })
            {
                data.Add(Path.GetRelativePath(RepositoryRoot.Path, brief), template);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_template_and_brief_renders_with_no_missing_glyph(string brief, string template)
    {
        using var renderer = new BriefingRenderer();
        using var stream = File.OpenRead(RepositoryRoot.Combine(brief));
        var result = renderer.Render(brief, stream, new RenderOptions(Templates, template) { SystemFonts = false });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.MissingCharacter is not null);
        Assert.All(result.Document!.Fonts, f => Assert.StartsWith("Noto ", f.Name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("memo")]
    [InlineData("one-pager")]
    [InlineData("book")]
    public void Under_an_empty_fontconfig_the_program_writes_the_same_bytes_as_with_system_fonts_off(string template)
    {
        using var folder = new TemporaryFolder();
        var brief = RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml");
        using var renderer = new BriefingRenderer();
        using var stream = File.OpenRead(brief);
        var expected = BriefingRenderer.ToPdf(renderer.Render(brief, stream, new RenderOptions(Templates, template) { SystemFonts = false }).Document!);

        // A configuration with no font directories: fontconfig finds no font at all. System fonts stay on.
        var config = folder.Write("fonts.conf", "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n  <cachedir>" + folder.Combine("cache") + "</cachedir>\n</fontconfig>\n");
        var output = folder.Combine("out.pdf");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "briefing.dll"), "render", brief, "--template", template, "--templates", Templates, "-o", output })
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment["FONTCONFIG_FILE"] = config;
        info.Environment.Remove("FONTCONFIG_PATH");
        info.Environment.Remove(NoSystemFonts.Variable);
        using var process = Process.Start(info)!;
        var printed = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, printed);
        Assert.True(expected.SequenceEqual(File.ReadAllBytes(output)), "the PDF differs from the one rendered with system fonts off");
    }
}
