namespace Briefing.Tests.Infrastructure;

/// <summary>Whether snapshots run under CI (missing ones fail, no diff tool) and whether differences are accepted.</summary>
internal sealed record SnapshotMode(bool Ci, bool Accept)
{
    public static SnapshotMode FromEnvironment() => new(
        // DiffEngine's own build-server detection does not treat a bare CI=true as a build server, so read it here.
        IsSet(Environment.GetEnvironmentVariable("CI")),
        IsSet(Environment.GetEnvironmentVariable(Snapshot.AcceptVariable)));

    private static bool IsSet(string? value) =>
        !string.IsNullOrEmpty(value) && !value.Equals("false", StringComparison.OrdinalIgnoreCase) && value != "0";
}
