using BenchmarkDotNet.Attributes;
using Briefing.Building;
using Briefing.Workspace;

namespace Briefing.Benchmarks;

/// <summary>
/// <see cref="BriefingBuild.Run"/> over copies of the Riyadh brief that differ only in their id, memo template,
/// into a temporary folder: the in-process cost of a CI build, without process start-up. <c>Build</c> renders every
/// document; <c>UnchangedRebuild</c> is the next build with nothing changed (keys computed, outputs checked, all reused,
/// no fact sheet loaded: the manifest holds what loading them found).
/// </summary>
[MemoryDiagnoser]
public class BuildBenchmarks : IPageCounted
{
    private string folder = "";
    private BuildRequest request = null!;
    private string manifest = "";

    [Params(20, 1000)]
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

        request = new BuildRequest(sheets, ["memo"], Inputs.Templates, Path.Combine(folder, "out"), Environment.ProcessorCount, Shard.All) { Force = true };
        Pages = Run();
        manifest = Path.Combine(folder, "out", "manifest.json");
        File.WriteAllText(manifest, BuildManifest.ToJson(BriefingBuild.Run(request), folder));
    }

    [Benchmark, PagesPerOp]
    public int Build() => Run();

    [Benchmark]
    public int UnchangedRebuild()
    {
        var outcomes = BriefingBuild.Run(request with { Force = false, Previous = BuildManifest.Read(manifest, folder) });
        if (outcomes.Any(o => o.FactSheetLoaded))
        {
            throw new InvalidOperationException("an unchanged fact sheet was loaded again");
        }

        return outcomes.Count(o => o.Reused) == outcomes.Count ? outcomes.Count : throw new InvalidOperationException("an unchanged document was rendered again");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    private int Run()
    {
        var outcomes = BriefingBuild.Run(request);
        return outcomes.Sum(o => o.Pages);
    }
}
