using Briefing.Tests.Cli;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Serve;

/// <summary>Ctrl+C ends a preview as it ends every command: interrupted, exit 130.</summary>
public class ServeInterruptTests
{
    [Fact]
    public async Task A_preview_stopped_by_ctrl_c_exits_130()
    {
        using var stop = new CancellationTokenSource();
        var brief = RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml");

        var serving = Task.Run(() => CliRun.Run("", stop.Token, "serve", brief, "--templates", RepositoryRoot.Combine("templates"), "--port", "0", "--no-open"));
        stop.CancelAfter(TimeSpan.FromSeconds(2));
        var run = await serving.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(130, run.ExitCode);
        Assert.Contains("previewing", run.Out);
        Assert.Contains("stopped", run.Error);
    }
}
