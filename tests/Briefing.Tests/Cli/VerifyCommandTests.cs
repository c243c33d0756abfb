using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Cli;

public class VerifyCommandTests
{
    [Fact]
    public void Changing_one_word_in_a_template_fails_exactly_its_documents_and_accepting_makes_them_pass()
    {
        using var folder = new TemporaryFolder();
        CopyFolder(RepositoryRoot.Combine("templates"), folder.Combine("templates"));
        Directory.CreateDirectory(folder.Combine("briefs"));
        File.Copy(RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml"), folder.Combine("briefs", "riyadh.yaml"));
        File.Copy(RepositoryRoot.Combine("tests", "Briefing.Tests", "Briefs", "minimal.yaml"), folder.Combine("briefs", "minimal.yaml"));
        string[] Verify(params string[] extra) =>
            ["verify", folder.Combine("briefs"), "--templates", folder.Combine("templates"), "--snapshots", folder.Combine("snapshots"), "--templates-list", "memo,one-pager", .. extra];

        Assert.Equal(0, CliRun.Of(Verify("--accept")).ExitCode);
        var unchanged = CliRun.Of(Verify());
        Assert.True(unchanged.ExitCode == 0, unchanged.Out + unchanged.Error);
        Assert.Contains("4 documents match their snapshots.", unchanged.Out);

        var template = folder.Combine("templates", "memo", "template.sbn");
        File.WriteAllText(template, File.ReadAllText(template).Replace("## The event", "## The meeting"));
        var changed = CliRun.Of(Verify());

        Assert.Equal(1, changed.ExitCode);
        Assert.Contains("CHANGED riyadh-us-russia-talks.memo", changed.Out);
        Assert.Contains("CHANGED minimal.memo", changed.Out);
        Assert.Contains("ok      riyadh-us-russia-talks.one-pager", changed.Out);
        Assert.Contains("ok      minimal.one-pager", changed.Out);
        Assert.Matches(@"riyadh-us-russia-talks\.memo\.md: line \d+: expected `## The event`, got `## The meeting`", changed.Out);
        Assert.Matches(@"riyadh-us-russia-talks\.memo\.page-\d\.png: \d+ of \d+ pixels changed", changed.Out);
        Assert.Contains("2 of 4 documents differ", changed.Out);

        Assert.Equal(0, CliRun.Of(Verify("--accept")).ExitCode);
        Assert.Equal(0, CliRun.Of(Verify()).ExitCode);
    }

    [Fact]
    public void Missing_snapshots_are_reported_as_new()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.Combine("briefs"));
        File.Copy(RepositoryRoot.Combine("tests", "Briefing.Tests", "Briefs", "minimal.yaml"), folder.Combine("briefs", "minimal.yaml"));

        var run = CliRun.Of("verify", folder.Combine("briefs"), "--templates", RepositoryRoot.Combine("templates"), "--snapshots", folder.Combine("none"), "--templates-list", "one-pager");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("minimal.one-pager.md: new: no stored snapshot", run.Out);
        Assert.Contains("briefing verify --accept", run.Out);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
