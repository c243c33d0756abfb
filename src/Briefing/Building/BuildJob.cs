namespace Briefing.Building;

/// <summary>One output of a build: a fact sheet rendered with a template.</summary>
public sealed record BuildJob(string FactSheetPath, string Template)
{
    /// <summary>The key that orders jobs and splits them into shards; the same on every machine.</summary>
    public string Key => $"{Path.GetFileName(FactSheetPath)}\u0000{Template}";

    /// <summary>The job on this machine, its fact sheet by full path: how a build tells its jobs from another's in a manifest.</summary>
    public string Identity => IdentityOf(FactSheetPath, Template);

    public static string IdentityOf(string factSheet, string template) => $"{Path.GetFullPath(factSheet)}\u0000{template}";
}
