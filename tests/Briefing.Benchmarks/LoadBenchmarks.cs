using BenchmarkDotNet.Attributes;
using Briefing.FactSheets;

namespace Briefing.Benchmarks;

/// <summary>The Load stage: YAML text to a validated <see cref="FactSheet"/>.</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private string text = "";

    [GlobalSetup]
    public void Setup() => text = File.ReadAllText(Inputs.RiyadhBrief);

    [Benchmark]
    public FactSheet? LoadRiyadh() => FactSheetLoader.Load("riyadh.yaml", text).FactSheet;
}
