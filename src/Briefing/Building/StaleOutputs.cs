namespace Briefing.Building;

/// <summary>
/// Makes the output folder hold exactly what the new manifest lists: an output the previous manifest recorded and
/// this build no longer makes is removed. Only such files are touched, and only when they lie in the output folder
/// and still hold the recorded bytes; a file the manifest did not list, or one changed since, is never removed.
/// </summary>
public static class StaleOutputs
{
    public static OutputSettlement Settle(BuildRequest request, IReadOnlyList<BuildOutcome> outcomes)
    {
        var written = outcomes.SelectMany(o => o.Outputs).Select(o => Path.GetFullPath(o.Path)).ToHashSet(StringComparer.Ordinal);
        var failed = outcomes.Where(o => !o.Succeeded).Select(o => o.Job.Identity).ToHashSet(StringComparer.Ordinal);
        var planned = outcomes.Select(o => o.Job.Identity).ToHashSet(StringComparer.Ordinal);
        var everyJob = (request with { Shard = Workspace.Shard.All }).Plan().Select(j => j.Identity).ToHashSet(StringComparer.Ordinal);
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(request.OutDirectory));
        var inputs = request.FactSheets.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        var removed = new List<string>();
        var kept = new List<KeptOutput>();
        var changed = new List<string>();
        foreach (var (path, recorded) in request.Previous.Outputs.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            // Only what a build could have written: an output's name in the output folder, never an input of this build.
            if (written.Contains(path) || Path.GetDirectoryName(path) != folder || !File.Exists(path) || inputs.Contains(path)
                || !path.EndsWith("." + recorded.Format.ToString().ToLowerInvariant(), StringComparison.Ordinal))
            {
                continue;
            }

            if (!HoldsRecordedBytes(path, recorded))
            {
                changed.Add(path);
                continue;
            }

            var job = recorded.FactSheet is { } sheet && recorded.Template is { } template ? BuildJob.IdentityOf(sheet, template) : null;
            if (job is not null && (failed.Contains(job) || (everyJob.Contains(job) && !planned.Contains(job))))
            {
                kept.Add(new KeptOutput(path, recorded));
                continue;
            }

            File.Delete(path);
            removed.Add(path);
        }

        return new OutputSettlement(removed, kept, changed);
    }

    // A link, or a file whose bytes are no longer the recorded ones, is someone else's now.
    private static bool HoldsRecordedBytes(string path, PreviousOutput recorded)
    {
        try
        {
            return new FileInfo(path).LinkTarget is null && recorded.IsHeldBy(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
