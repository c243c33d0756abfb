using Briefing.FactSheets;

namespace Briefing.Benchmarks;

/// <summary>The files the benchmarks read, found from the checkout so the numbers are for the shipped brief and templates.</summary>
internal static class Inputs
{
    public static string Root { get; } = FindRoot();

    public static string RiyadhBrief => Path.Combine(Root, "briefs", "2025-02-18-riyadh-us-russia-talks.yaml");

    public static string Templates => Path.Combine(Root, "templates");

    public static RenderOptions Options(string template) => new(Templates, template);

    public static FactSheet Riyadh() =>
        FactSheetLoader.Load(RiyadhBrief, File.ReadAllText(RiyadhBrief)).FactSheet
        ?? throw new InvalidOperationException("The Riyadh brief does not load.");

    // BRIEFING_ROOT names the checkout when the benchmarks run from a build outside it (tests/bench.sh does that).
    private static string FindRoot()
    {
        if (Environment.GetEnvironmentVariable("BRIEFING_ROOT") is { Length: > 0 } given && File.Exists(Path.Combine(given, "Briefing.sln")))
        {
            return given;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Briefing.sln")))
            {
                return dir.FullName;
            }
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Briefing.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the Briefing checkout.");
    }
}
