using Briefing.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Briefing.Tests.Cli;

public class WatchCommandTests
{
    [Fact]
    public async Task Renders_again_when_the_fact_sheet_changes_and_stops_on_cancel()
    {
        using var folder = new TemporaryFolder();
        var brief = folder.Write("brief.yaml", File.ReadAllText(RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml")));
        var output = folder.Combine("watched.pdf");
        using var stop = new CancellationTokenSource();

        var watching = Task.Run(() => CliRun.Run("", stop.Token, "watch", brief, "--templates", RepositoryRoot.Combine("templates"), "--template", "one-pager", "-o", output));
        await Until(() => File.Exists(output));
        var first = File.ReadAllBytes(output);

        File.WriteAllText(brief, File.ReadAllText(brief).Replace("title: US–Russia talks in Riyadh", "title: Changed headline in Riyadh"));
        await Until(() => !File.ReadAllBytes(output).SequenceEqual(first));
        stop.Cancel();
        var run = await watching.WaitAsync(TimeSpan.FromSeconds(30));

        // Interrupted, as every command reports it (128 + SIGINT).
        Assert.Equal(130, run.ExitCode);
        using var document = PdfDocument.Open(output);
        Assert.Contains("Changed headline", string.Join(" ", document.GetPages().Select(p => p.Text)));
    }

    [Fact]
    public void A_cancel_that_comes_during_a_render_still_ends_as_interrupted()
    {
        using var folder = new TemporaryFolder();
        var brief = folder.Write("brief.yaml", File.ReadAllText(RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml")));
        using var stop = new CancellationTokenSource();
        stop.Cancel();

        var run = CliRun.Run("", stop.Token, "watch", brief, "--templates", RepositoryRoot.Combine("templates"), "--template", "one-pager", "-o", folder.Combine("watched.pdf"));

        Assert.Equal(130, run.ExitCode);
        Assert.Contains("stopped watching", run.Error);
    }

    // A guard against hanging, not a speed check: renders take well under a second.
    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the watched output did not appear or change");
            await Task.Delay(50);
        }
    }
}
