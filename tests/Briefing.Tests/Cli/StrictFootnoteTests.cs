using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Cli;

/// <summary>
/// A footnote reference with no note and a note never cited: warnings for render and build, and under --strict
/// errors like a quote missing from its source (exit 1, no output file).
/// </summary>
public sealed class StrictFootnoteTests
{
    private static readonly string Minimal = File.ReadAllText(RepositoryRoot.Combine("tests", "Briefing.Tests", "Briefs", "minimal.yaml"));

    // Line 5 of the template cites a note nobody defines; line 7 defines one nobody cites.
    private static (string Sheet, string Templates) Write(TemporaryFolder folder)
    {
        folder.Write("templates/notes/template.sbn", "---\ntitle: x\n---\n\nThe text cites a note[^missing] that is not there.\n\n[^spare]: A note nobody cites.\n");
        return (folder.Write("briefs/minimal.yaml", Minimal), folder.Combine("templates"));
    }

    [Fact]
    public void Render_warns_and_writes_the_file()
    {
        using var folder = new TemporaryFolder();
        var (sheet, templates) = Write(folder);
        var output = folder.Combine("out.pdf");
        var run = CliRun.Of("render", sheet, "--templates", templates, "--template", "notes", "-o", output);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Matches(@"notes[/\\]template\.sbn:5:22: warning: footnote reference `\[\^missing\]` has no note", run.Error);
        Assert.Matches(@"notes[/\\]template\.sbn:7:1: warning: footnote `\[\^spare\]` is never cited", run.Error);
        Assert.True(File.Exists(output));
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("html")]
    [InlineData("docx")]
    public void Render_strict_fails_at_both_places_and_writes_nothing(string format)
    {
        using var folder = new TemporaryFolder();
        var (sheet, templates) = Write(folder);
        var output = folder.Combine("out." + format);
        var run = CliRun.Of("render", sheet, "--strict", "--templates", templates, "--template", "notes", "-o", output);
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"notes[/\\]template\.sbn:5:22: error: footnote reference `\[\^missing\]` has no note", run.Error);
        Assert.Matches(@"notes[/\\]template\.sbn:7:1: error: footnote `\[\^spare\]` is never cited", run.Error);
        Assert.False(File.Exists(output));
        Assert.Equal([], Directory.EnumerateFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Build_strict_fails_and_writes_no_output()
    {
        using var folder = new TemporaryFolder();
        var (_, templates) = Write(folder);
        var built = folder.Combine("built");
        var warned = CliRun.Of("build", folder.Combine("briefs"), "--templates", templates, "--templates-list", "notes", "--out", built);
        Assert.True(warned.ExitCode == 0, warned.Error + warned.Out);
        Assert.Contains("warning: footnote reference `[^missing]` has no note", warned.Error + warned.Out);
        Assert.NotEmpty(Directory.EnumerateFiles(built, "*.pdf", SearchOption.AllDirectories));

        var strictOut = folder.Combine("strict");
        var strict = CliRun.Of("build", folder.Combine("briefs"), "--strict", "--templates", templates, "--templates-list", "notes", "--out", strictOut);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("error: footnote reference `[^missing]` has no note", strict.Error + strict.Out);
        Assert.Contains("error: footnote `[^spare]` is never cited", strict.Error + strict.Out);
        Assert.False(Directory.Exists(strictOut) && Directory.EnumerateFiles(strictOut, "*.pdf", SearchOption.AllDirectories).Any());
    }
}
