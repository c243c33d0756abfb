using System.Diagnostics;
using System.Text.Json;
using Briefing.Tests.Infrastructure;
using PuppeteerSharp;

namespace Briefing.Tests.Serve;

/// <summary>The preview page in a real browser: headless Chromium driven through the DevTools protocol.</summary>
public sealed class PreviewPageTests : IAsyncLifetime
{
    private const string AllPagesShown =
        "() => { const imgs = [...document.querySelectorAll('#pages img')]; return imgs.length > 0 && imgs.every(i => i.complete && i.naturalWidth > 0 && i.dataset.key); }";

    private readonly TemporaryFolder profile = new();
    private IBrowser browser = null!;

    public async Task InitializeAsync() => browser = await Chromium.Launch(profile.Path);

    public async Task DisposeAsync()
    {
        await browser.CloseAsync();
        await browser.DisposeAsync();
        profile.Dispose();
    }

    [Fact]
    public async Task Shows_the_memo_pages_with_thumbnails_and_markdown()
    {
        await using var preview = await RunningPreview.Start();
        var page = await Open(preview);
        var expected = await PageCount(preview);

        var widths = await page.EvaluateFunctionAsync<int[]>("() => [...document.querySelectorAll('#pages img')].map(i => i.naturalWidth)");
        var thumbs = await page.EvaluateFunctionAsync<int>("() => document.querySelectorAll('#thumbs img').length");
        var markdown = await page.EvaluateFunctionAsync<string>("() => document.getElementById('markdown').textContent");

        Assert.True(expected >= 2, $"the memo has {expected} pages");
        Assert.Equal(expected, widths.Length);
        // An A4 page is 595 pt wide; drawn for the screen it is several hundred pixels wide.
        Assert.All(widths, w => Assert.True(w > 500, $"page image {w} px wide"));
        Assert.Equal(expected, thumbs);
        Assert.Contains("Senior US–Russian meeting in Riyadh", markdown);
    }

    [Fact]
    public async Task Draws_pages_for_the_screen_density()
    {
        await using var preview = await RunningPreview.Start();
        var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1400, Height = 950, DeviceScaleFactor = 2 });
        await page.GoToAsync($"{preview.Address}?{preview.Query()}");
        await page.WaitForFunctionAsync(AllPagesShown);

        var sizes = await page.EvaluateFunctionAsync<double[]>(
            "() => { const i = document.querySelector('#pages img'); return [i.naturalWidth, i.getBoundingClientRect().width]; }");

        // Two image pixels per CSS pixel, give or take the rounding of the resolution to steps.
        Assert.InRange(sizes[0] / sizes[1], 1.9, 2.3);
    }

    [Fact]
    public async Task Editing_the_fact_sheet_updates_the_page_image_within_two_seconds()
    {
        await using var preview = await RunningPreview.Start();
        var page = await Open(preview);
        var before = await page.EvaluateFunctionAsync<string>("() => document.querySelector('#page-0 img').dataset.key");

        var clock = Stopwatch.StartNew();
        File.WriteAllText(preview.BriefPath, RunningPreview.RiyadhText.Replace("subject: Senior US–Russian meeting", "subject: Rescheduled US–Russian meeting"));
        await page.WaitForFunctionAsync(
            "k => { const i = document.querySelector('#page-0 img'); return i.dataset.key !== k && i.complete; }",
            new WaitForFunctionOptions { Timeout = 2000, PollingInterval = 10 },
            before);
        var elapsed = clock.Elapsed;

        Assert.True(elapsed < TimeSpan.FromSeconds(2), $"updated after {elapsed.TotalMilliseconds:0} ms");
        var state = await preview.Client.GetStringAsync($"/api/state?{preview.Query()}");
        Assert.Contains("Rescheduled US", state);
    }

    [Fact]
    public async Task Broken_yaml_shows_line_and_column_under_the_last_pages_and_a_good_save_recovers()
    {
        await using var preview = await RunningPreview.Start();
        var page = await Open(preview);
        var keys = await Keys(page);
        var broken = RunningPreview.RiyadhText.Replace("  kind: information\n", "  kind: information: x\n");
        var lines = broken.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("information: x")) + 1;
        var column = lines[line - 1].IndexOf(": x", StringComparison.Ordinal) + 1;

        File.WriteAllText(preview.BriefPath, broken);
        await page.WaitForSelectorAsync("#problems:not([hidden]) .problem.error", new WaitForSelectorOptions { Timeout = 10_000 });

        var where = await page.EvaluateFunctionAsync<string>("() => document.querySelector('#problems .problem.error .where').textContent");
        var offending = await page.EvaluateFunctionAsync<string>("() => document.querySelector('#problems .excerpt .bad').textContent");
        var excerptLines = await page.EvaluateFunctionAsync<int>("() => document.querySelectorAll('#problems .excerpt > div:not(:has(.caret))').length");
        var noticeShown = await page.EvaluateFunctionAsync<bool>("() => !document.getElementById('notice').hidden");
        Assert.Equal($"{RunningPreview.Brief}:{line}:{column}", where);
        Assert.Equal($"{line}  kind: information: x", offending);
        Assert.Equal(5, excerptLines);
        Assert.True(noticeShown);
        Assert.Equal(keys, await Keys(page));
        await page.WaitForFunctionAsync(AllPagesShown);

        File.WriteAllText(preview.BriefPath, RunningPreview.RiyadhText);
        await page.WaitForSelectorAsync("#problems[hidden]", new WaitForSelectorOptions { Timeout = 10_000 });
        Assert.False(await page.EvaluateFunctionAsync<bool>("() => !document.getElementById('notice').hidden"));
        Assert.Equal(keys, await Keys(page));
    }

    [Fact]
    public async Task Clicking_a_paragraph_shows_the_fact_sheet_line_it_comes_from()
    {
        await using var preview = await RunningPreview.Start();
        var page = await Open(preview);
        const string Phrase = "Zelensky said his own trip to Saudi Arabia";
        var lines = RunningPreview.RiyadhText.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(Phrase)) + 1;
        // The YAML value starts after the list dash, with its portion mark before the phrase.
        var column = lines[line - 1].IndexOf("- ", StringComparison.Ordinal) + 3;
        var region = await RegionShowing(preview, Phrase);

        await page.ClickAsync($".region[data-id='{region}']");
        var first = await page.EvaluateFunctionAsync<string>("() => document.querySelector('#tab-source .fact-line').textContent");
        var value = await page.EvaluateFunctionAsync<string>("() => document.querySelector('#tab-source .value').textContent");
        var picked = await page.EvaluateFunctionAsync<int>("() => document.querySelectorAll('.region.picked').length");
        var link = await page.EvaluateFunctionAsync<string>("() => document.querySelector('#tab-source .fact-line').href");

        Assert.Equal($"{RunningPreview.Brief}:{line}:{column}", first);
        Assert.StartsWith(lines[line - 1][(column - 1)..].Trim(), value.Trim());
        Assert.Equal(1, picked);
        Assert.Equal($"vscode://file{preview.BriefPath}:{line}:{column}", Uri.UnescapeDataString(link));
        var template = RepositoryRoot.Combine("templates", "memo", "template.sbn");
        var templateLines = File.ReadAllLines(template);
        // The item is written by the line after the loop over the venue notes.
        var templateLine = Array.FindIndex(templateLines, l => l.Contains("for n in brief.event.venue.notes", StringComparison.Ordinal)) + 2;
        var shownTemplate = await page.EvaluateFunctionAsync<string>("() => document.querySelector('#tab-source .template-line').textContent");
        Assert.Equal($"{template}:{templateLine}", shownTemplate);
        await page.ClickAsync("#tab-source .markdown-line");
        var markdownLine = await page.EvaluateFunctionAsync<string>("() => document.querySelector('#markdown .on').textContent");
        Assert.Contains(Phrase, markdownLine);

        Directory.CreateDirectory(RepositoryRoot.Combine("TestResults"));
        await page.ScreenshotAsync(RepositoryRoot.Combine("TestResults", "serve-preview.png"));
        // A smaller copy, drawn by the browser itself at three quarters of the size, as documentation shows it.
        await page.SetViewportAsync(new ViewPortOptions { Width = 1400, Height = 950, DeviceScaleFactor = 0.75 });
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#pages img')].every(i => i.complete && i.src.endsWith(i.dataset.wanted))");
        await page.ScreenshotAsync(RepositoryRoot.Combine("TestResults", "serve-preview-small.png"));
    }

    [Fact]
    public async Task Picking_a_fact_sheet_key_highlights_every_block_that_shows_it()
    {
        await using var preview = await RunningPreview.Start();
        var page = await Open(preview);

        await page.ClickAsync(".tabs button[data-tab='facts']");
        await page.TypeAsync("#facts-filter", "memo.subject");
        await page.ClickAsync("#facts li");
        var shown = await page.EvaluateFunctionAsync<string[]>(
            "() => [...document.querySelectorAll('.region.shows')].map(r => r.dataset.id)");

        Assert.NotEmpty(shown);
        using var state = JsonDocument.Parse(await preview.Client.GetStringAsync($"/api/state?{preview.Query()}"));
        var texts = state.RootElement.GetProperty("pages").EnumerateArray()
            .SelectMany(p => p.GetProperty("regions").EnumerateArray())
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("text").GetString()!);
        Assert.All(shown, id => Assert.Contains("Senior US–Russian meeting in Riyadh, 18 February 2025", texts[id]));
        Assert.Equal(texts.Count(t => t.Value.Contains("Senior US–Russian meeting in Riyadh, 18 February 2025")), shown.Length);
    }

    private async Task<IPage> Open(RunningPreview preview)
    {
        var page = await browser.NewPageAsync();
        await page.GoToAsync($"{preview.Address}?{preview.Query()}");
        await page.WaitForFunctionAsync(AllPagesShown, new WaitForFunctionOptions { Timeout = 30_000 });
        return page;
    }

    private static Task<string[]> Keys(IPage page) =>
        page.EvaluateFunctionAsync<string[]>("() => [...document.querySelectorAll('#pages img')].map(i => i.dataset.key)");

    private static async Task<int> PageCount(RunningPreview preview)
    {
        using var state = JsonDocument.Parse(await preview.Client.GetStringAsync($"/api/state?{preview.Query()}"));
        return state.RootElement.GetProperty("pages").GetArrayLength();
    }

    private static async Task<string> RegionShowing(RunningPreview preview, string phrase)
    {
        using var state = JsonDocument.Parse(await preview.Client.GetStringAsync($"/api/state?{preview.Query()}"));
        return state.RootElement.GetProperty("pages").EnumerateArray()
            .SelectMany(p => p.GetProperty("regions").EnumerateArray())
            .First(r => r.GetProperty("text").GetString()!.Contains(phrase, StringComparison.Ordinal))
            .GetProperty("id").GetString()!;
    }
}
