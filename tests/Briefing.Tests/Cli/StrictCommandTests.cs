using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Cli;

/// <summary>A quote missing from its source's text: a warning for validate, render and build; an error with --strict.</summary>
public class StrictCommandTests
{
    private static readonly string Templates = RepositoryRoot.Combine("templates");

    private static string Write(TemporaryFolder folder)
    {
        folder.Write("notes.txt", "The envoy said the ceasefire “will hold if both sides want it”.\n");
        return folder.Write("talks.yaml", """
            schema: briefing/v1.1
            id: talks
            title: Talks
            date: 2025-03-01
            event:
              name: Talks
              date: 2025-03-03
              venue: { city: Geneva, country: Switzerland }
            summary:
              - The ceasefire talks continue.
            parties:
              - id: envoy
                name: Envoy
                position:
                  summary: Wants the ceasefire kept.
                quotes:
                  - { text: The ceasefire will certainly hold., by: The envoy, source: notes }
            sources:
              - { id: notes, title: Meeting notes, file: notes.txt }

            """);
    }

    [Fact]
    public void Validate_warns_and_strict_fails()
    {
        using var folder = new TemporaryFolder();
        var sheet = Write(folder);
        var run = CliRun.Of("validate", sheet);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("talks.yaml:17:17: warning: `parties[0].quotes[0]` does not appear word for word in the text of source `notes`", run.Error);
        Assert.Contains("closest passage: “the ceasefire \"will hold if”", run.Error);

        var strict = CliRun.Of("validate", "--strict", sheet);
        Assert.NotEqual(0, strict.ExitCode);
        Assert.Contains("talks.yaml:17:17: error: `parties[0].quotes[0]` does not appear word for word", strict.Error);
    }

    [Fact]
    public void Render_and_build_run_the_same_check()
    {
        using var folder = new TemporaryFolder();
        var sheet = Write(folder);
        var render = CliRun.Of("render", sheet, "--templates", Templates, "--out", folder.Combine("out"));
        Assert.True(render.ExitCode == 0, render.Error);
        Assert.Contains("warning: `parties[0].quotes[0]` does not appear word for word", render.Error + render.Out);

        var strict = CliRun.Of("render", sheet, "--strict", "--templates", Templates, "--out", folder.Combine("strict"));
        Assert.NotEqual(0, strict.ExitCode);
        Assert.False(Directory.Exists(folder.Combine("strict")) && Directory.EnumerateFiles(folder.Combine("strict")).Any());

        var build = CliRun.Of("build", folder.Path, "--strict", "--templates", Templates, "--templates-list", "memo", "--out", folder.Combine("built"));
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error: `parties[0].quotes[0]` does not appear word for word", build.Error + build.Out);
    }
}
