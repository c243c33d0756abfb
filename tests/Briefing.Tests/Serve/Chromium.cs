using PuppeteerSharp;

namespace Briefing.Tests.Serve;

/// <summary>
/// Launches the machine's Chromium (installed by .ci/run from the distribution) headless, with a fresh profile and
/// nothing downloaded: PuppeteerSharp is pointed at the executable and never fetches a browser of its own.
/// </summary>
internal static class Chromium
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>The browser to drive: <c>BRIEFING_CHROMIUM</c> when set, else the first of the usual names on PATH.</summary>
    public static string Executable()
    {
        if (Environment.GetEnvironmentVariable("BRIEFING_CHROMIUM") is { Length: > 0 } given) return given;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in Names)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate)) return candidate;
            }
        }

        throw new InvalidOperationException("no Chromium on PATH (install the `chromium` package, as .ci/run does, or set BRIEFING_CHROMIUM)");
    }

    public static async Task<IBrowser> Launch(string profile)
    {
        var options = new LaunchOptions
        {
            ExecutablePath = Executable(),
            Headless = true,
            UserDataDir = profile,
            DefaultViewport = new ViewPortOptions { Width = 1400, Height = 950, DeviceScaleFactor = 1 },
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                $"--user-data-dir={profile}",
            ],
        };
        return await Puppeteer.LaunchAsync(options);
    }
}
