using Briefing.Preview;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Preview;

public sealed class PreviewSessionTests : IDisposable
{
    private readonly TemporaryFolder folder = new();
    private readonly RendererPool pool = new(2);

    public void Dispose()
    {
        pool.Dispose();
        folder.Dispose();
    }

    private static string Riyadh => File.ReadAllText(RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml"));

    private PreviewSession Session(string template = "memo")
    {
        var sheet = folder.Write("brief.yaml", Riyadh);
        return new PreviewSession(new PreviewInputs(sheet, new RenderOptions(RepositoryRoot.Combine("templates"), template)), pool);
    }

    [Fact]
    public async Task A_change_gives_new_keys_only_to_the_pages_it_touched()
    {
        using var session = Session();
        await session.Refresh();
        var before = session.Current;

        File.WriteAllText(session.Inputs.FactSheetPath, Riyadh.Replace("subject: Senior US–Russian meeting", "subject: Senior US–Russian talks"));
        await session.Refresh();
        var after = session.Current;

        Assert.Equal(before.Version + 1, after.Version);
        Assert.Equal(before.Pages.Count, after.Pages.Count);
        Assert.NotEqual(before.Pages[0].Key, after.Pages[0].Key);
        Assert.Equal(before.Pages.Skip(1).Select(p => p.Key), after.Pages.Skip(1).Select(p => p.Key));
    }

    [Fact]
    public async Task A_render_that_changes_nothing_on_the_pages_is_no_new_version()
    {
        using var session = Session();
        await session.Refresh();
        var before = session.Current;

        File.WriteAllText(session.Inputs.FactSheetPath, Riyadh + "\n# a comment changes nothing shown\n");
        await session.Refresh();

        Assert.Same(before, session.Current);
    }

    [Fact]
    public async Task Broken_input_keeps_the_last_good_pages_and_the_next_good_save_recovers()
    {
        using var session = Session();
        await session.Refresh();
        var good = session.Current;

        File.WriteAllText(session.Inputs.FactSheetPath, Riyadh.Replace("  kind: information\n", "  kind: information: x\n"));
        await session.Refresh();
        var broken = session.Current;
        File.WriteAllText(session.Inputs.FactSheetPath, Riyadh);
        await session.Refresh();
        var fixedAgain = session.Current;

        Assert.True(broken.Stale);
        Assert.Same(good.Document, broken.Document);
        Assert.Equal(good.Pages.Select(p => p.Key), broken.Pages.Select(p => p.Key));
        var problem = Assert.Single(broken.Problems);
        var line = Riyadh.Split('\n').ToList().IndexOf("  kind: information") + 1;
        Assert.Equal((line, 20), (problem.Diagnostic.Line, problem.Diagnostic.Column));
        Assert.Equal(Enumerable.Range(line - 2, 5), problem.Excerpt.Select(l => l.Number));
        Assert.Equal("  kind: information: x", problem.Excerpt[2].Text);
        Assert.False(fixedAgain.Stale);
        Assert.Empty(fixedAgain.Problems);
        Assert.Equal(good.Pages.Select(p => p.Key), fixedAgain.Pages.Select(p => p.Key));
    }

    [Fact]
    public async Task Page_images_come_from_the_same_renderer_as_the_pdf()
    {
        using var session = Session();
        await session.Refresh();
        var snapshot = session.Current;
        using var renderer = new BriefingRenderer();
        using var stream = File.OpenRead(session.Inputs.FactSheetPath);
        var direct = renderer.Render(session.Inputs.FactSheetPath, stream, session.Inputs.Options);

        var image = await session.PageImage(snapshot.Pages[1].Key, 96)!;

        Assert.Equal(BriefingRenderer.ToPng(direct.Document!, 1, 96), image);
        Assert.Equal(BriefingRenderer.ToPdf(direct.Document!), session.Pdf());
        Assert.Null(session.PageImage("0123456789abcdef01234567", 96));
    }

    [Fact]
    public async Task Watches_the_inputs_and_renders_again_after_a_save()
    {
        using var session = Session();
        await session.Start(PreviewSession.DefaultQuiet);
        var version = session.Current.Version;

        File.WriteAllText(session.Inputs.FactSheetPath, Riyadh.Replace("subject: Senior US–Russian meeting", "subject: Watched US–Russian meeting"));
        var next = await session.Next(version, new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);

        Assert.Contains("Watched US–Russian meeting", next.Markdown);
    }
}
