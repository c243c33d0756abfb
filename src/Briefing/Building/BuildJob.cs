namespace Briefing.Building;

/// <summary>One output of a build: a fact sheet rendered with a template.</summary>
public sealed record BuildJob(string FactSheetPath, string Template)
{
    /// <summary>The key that orders jobs and splits them into shards; the same on every machine.</summary>
    public string Key => $"{Path.GetFileName(FactSheetPath)}\u0000{Template}";
}
