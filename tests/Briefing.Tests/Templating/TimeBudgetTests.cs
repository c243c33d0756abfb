using Briefing.Templating;

namespace Briefing.Tests.Templating;

/// <summary>A template that keeps within the loop and depth limits still stops: it has a wall-clock budget and can be cancelled.</summary>
public class TimeBudgetTests
{
    // Two calls per level at depth 60: 2^60 calls, within the recursion limit and with no loop at all.
    private const string ExponentialRecursion = "{{ func f(n); if n > 0; f(n - 1); f(n - 1); end; end; f(60) }}";

    // A hang guard, minutes away from what the test expects.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Exponential_recursion_stops_at_the_time_budget_with_an_error_at_the_template()
    {
        using var folder = new TemplateFolder().Template("t", ExponentialRecursion);

        var result = await Task.Run(() => TemplateRenderer.Render(SampleSheets.Minimal(), folder.Root, "t", budget: TimeSpan.FromSeconds(1))).WaitAsync(HangGuard);

        Assert.Null(result.Markdown);
        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("ran longer than 1 s", error.Message);
        Assert.Contains("template.sbn", error.File);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public async Task Cancellation_reaches_a_running_template()
    {
        using var folder = new TemplateFolder().Template("t", ExponentialRecursion);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var rendering = Task.Run(() => TemplateRenderer.Render(SampleSheets.Minimal(), folder.Root, "t", budget: HangGuard, cancellationToken: cancellation.Token));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => rendering.WaitAsync(HangGuard));
    }
}
