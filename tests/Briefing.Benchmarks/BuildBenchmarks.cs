using BenchmarkDotNet.Attributes;
using Briefing.Building;
using Briefing.Workspace;

namespace Briefing.Benchmarks;

/// <summary>
/// <see cref="BriefingBuild.Run"/> over copies of the Riyadh brief that differ only in their id, memo template,
/// into a temporary folder: the in-process cost of a CI build, without process start-up.
/// </summary>
[MemoryDiagnoser]
public class BuildBenchmarks : IPageCounted
{
    private string folder = "";
    private BuildRequest request = null!;

    [Params(20)]
    public int Copies { get; set; }

    public int Pages { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        folder = Directory.CreateTempSubdirectory("briefing-bench-").FullName;
        var briefs = Directory.CreateDirectory(Path.Combine(folder, "briefs")).FullName;
        var text = File.ReadAllText(Inputs.RiyadhBrief);
        var sheets = new List<string>();
        for (var i = 0; i < Copies; i++)
        {
            var path = Path.Combine(briefs, $"copy-{i:D4}.yaml");
            File.WriteAllText(path, text.Replace("id: riyadh-us-russia-talks", $"id: riyadh-copy-{i:D4}", StringComparison.Ordinal));
            sheets.Add(path);
        }

        request = new BuildRequest(sheets, ["memo"], Inputs.Templates, Path.Combine(folder, "out"), Environment.ProcessorCount, Shard.All);
        Pages = Run();
    }

    [Benchmark, PagesPerOp]
    public int Build() => Run();

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    private int Run()
    {
        var outcomes = BriefingBuild.Run(request);
        return outcomes.Sum(o => o.Pages);
    }
}
