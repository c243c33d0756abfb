using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Cli;

public class TemplatesCommandTests
{
    [Fact]
    public void Lists_the_shipped_templates_with_descriptions()
    {
        var run = CliRun.Of("templates", "--templates", RepositoryRoot.Combine("templates"));

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["book", "cable", "memo", "one-pager"], lines.Select(l => l.Split(' ')[0]));
        Assert.All(lines, line => Assert.True(line.Trim().Contains("  "), $"no description: {line}"));
    }
}
