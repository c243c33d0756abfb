using System.Diagnostics;
using System.Text.Json;
using Briefing.Cli.Serve;
using Briefing.Preview;

namespace Briefing.Benchmarks;

/// <summary>
/// Save-to-updated-image latency of <c>briefing serve</c>: the Riyadh memo is saved with a changed subject, and the
/// clock stops when a client that follows the change events, as the page does, has the new state and every page
/// image that changed. Not a BenchmarkDotNet benchmark: file-system notifications and a server are in the loop.
/// </summary>
internal static class ServeLatency
{
    private const int Dpi = 96;

    public static async Task<int> Run(int saves)
    {
        var workspace = Directory.CreateTempSubdirectory("briefing-serve-latency").FullName;
        try
        {
            var sheet = Path.Combine(workspace, "brief.yaml");
            var text = File.ReadAllText(Inputs.RiyadhBrief);
            File.WriteAllText(sheet, text);
            var (opened, _) = PreviewWorkspace.Open(workspace);
            var (server, error) = PreviewServer.Create(new ServeOptions(opened!, Inputs.Templates, "memo", Port: 0));
            if (server is null) throw new InvalidOperationException(error);
            await using (server)
            {
                await server.Start(CancellationToken.None);
                using var client = new HttpClient { BaseAddress = server.Address };
                const string Query = "sheet=brief.yaml&template=memo";
                using var events = new StreamReader(await client.GetStreamAsync($"/api/events?{Query}"));
                var (keys, _) = await Fetch(client, Query, []);
                await NextVersion(events);
                var times = new List<double>();
                var renderTimes = new List<double>();
                for (var i = 0; i <= saves; i++)
                {
                    var clock = Stopwatch.StartNew();
                    File.WriteAllText(sheet, text.Replace("subject: Senior US–Russian meeting", $"subject: Senior US–Russian meeting {i}"));
                    await NextVersion(events);
                    var (next, rendering) = await Fetch(client, Query, keys);
                    clock.Stop();
                    if (next.SequenceEqual(keys)) throw new InvalidOperationException("no page changed");
                    keys = next;
                    // The first save warms what a render after a change needs; it is not counted.
                    if (i > 0)
                    {
                        times.Add(clock.Elapsed.TotalMilliseconds);
                        renderTimes.Add(rendering);
                    }

                    await Task.Delay(150);
                }

                times.Sort();
                renderTimes.Sort();
                Console.WriteLine($"save to updated image, Riyadh memo, {saves} saves, {Dpi} dpi: median {Percentile(times, 0.5):0.0} ms, p95 {Percentile(times, 0.95):0.0} ms, min {times[0]:0.0} ms, max {times[^1]:0.0} ms; of which rendering (load, template, layout, page fingerprints): median {Percentile(renderTimes, 0.5):0.0} ms");
                return 0;
            }
        }
        finally
        {
            Directory.Delete(workspace, recursive: true);
        }
    }

    private static async Task NextVersion(StreamReader events)
    {
        while (await events.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("data:", StringComparison.Ordinal)) return;
        }

        throw new InvalidOperationException("the event stream ended");
    }

    // As the page does: the state, then the images of the pages whose key changed. Returns the page keys and the
    // server's own render time for this version.
    private static async Task<(List<string> Keys, double RenderMilliseconds)> Fetch(HttpClient client, string query, IReadOnlyList<string> known)
    {
        using var state = JsonDocument.Parse(await client.GetStringAsync($"/api/state?{query}"));
        var keys = state.RootElement.GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("key").GetString()!).ToList();
        await Task.WhenAll(keys.Where(k => !known.Contains(k)).Select(k => client.GetByteArrayAsync($"/api/page?{query}&key={k}&dpi={Dpi}")));
        return (keys, state.RootElement.GetProperty("renderMilliseconds").GetDouble());
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Count) - 1];
}
