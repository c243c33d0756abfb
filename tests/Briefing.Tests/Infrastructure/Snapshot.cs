using System.Runtime.CompilerServices;
using Briefing.Snapshots;
using DiffEngine;

namespace Briefing.Tests.Infrastructure;

/// <summary>
/// Verify-style snapshots: <c>{Class}.{Method}[.{name}].verified.{ext}</c> beside the test file. On a mismatch a
/// <c>.received.</c> file is written next to it and the test fails saying where. With <c>CI</c> set, a missing
/// snapshot fails and no diff tool is started. To accept: set <c>BRIEFING_ACCEPT=1</c> and run the tests, or run
/// <c>tests/accept-snapshots.sh</c> to rename every received file to verified.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "BRIEFING_ACCEPT";

    private const string HowToAccept =
        "Look at the received file; to accept it run tests/accept-snapshots.sh, or run the tests with BRIEFING_ACCEPT=1.";

    public static void VerifyText(
        string text,
        string? name = null,
        string extension = "txt",
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string method = "")
    {
        VerifyText(text, Paths(testFile, method, name, extension), SnapshotMode.FromEnvironment());
    }

    public static void VerifyText(string text, (string Verified, string Received) paths, SnapshotMode mode)
    {
        var (verified, received) = paths;
        var normalized = TextComparison.Normalize(text);
        var stored = File.Exists(verified) ? File.ReadAllText(verified) : null;
        var difference = stored is null ? null : TextComparison.FirstDifference(stored, normalized);
        Settle(verified, received, stored is null, difference, path => File.WriteAllText(path, normalized, new System.Text.UTF8Encoding(false)), mode);
    }

    public static void VerifyPng(
        byte[] png,
        string? name = null,
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string method = "")
    {
        VerifyPng(png, Paths(testFile, method, name, "png"), SnapshotMode.FromEnvironment());
    }

    public static void VerifyPng(byte[] png, (string Verified, string Received) paths, SnapshotMode mode)
    {
        var (verified, received) = paths;
        string? difference = null;
        if (File.Exists(verified))
        {
            var result = ImageComparison.Compare(File.ReadAllBytes(verified), png);
            difference = result.IsSame ? null : result.Description;
        }

        Settle(verified, received, !File.Exists(verified), difference, path => File.WriteAllBytes(path, png), mode);
    }

    private static void Settle(string verified, string received, bool missing, string? difference, Action<string> write, SnapshotMode mode)
    {
        if (!missing && difference is null)
        {
            File.Delete(received);
            return;
        }

        if (mode.Accept && !mode.Ci)
        {
            write(verified);
            File.Delete(received);
            return;
        }

        write(received);
        if (!mode.Ci)
        {
            LaunchDiffTool(received, verified);
        }

        var file = Path.GetFileName(verified);
        throw new Xunit.Sdk.XunitException(missing
            ? mode.Ci
                ? $"Snapshot {file} is missing, and with CI set a snapshot is never created silently; the output is in {Path.GetFileName(received)}. Run the tests locally and accept it: {HowToAccept}"
                : $"Snapshot {file} does not exist yet; the output is in {Path.GetFileName(received)}. {HowToAccept}"
            : $"Snapshot {file} differs: {difference}. The new output is in {Path.GetFileName(received)}. {HowToAccept}");
    }

    private static void LaunchDiffTool(string received, string verified)
    {
        if (DiffRunner.Disabled)
        {
            return;
        }

        try
        {
            DiffRunner.LaunchAsync(received, verified).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // No diff tool on this machine is not a test failure; the message names the files.
        }
    }

    public static (string Verified, string Received) Paths(string testFile, string method, string? name, string extension)
    {
        var folder = Path.GetDirectoryName(testFile)!;
        var stem = $"{Path.GetFileNameWithoutExtension(testFile)}.{method}{(name is null ? "" : "." + name)}";
        return (Path.Combine(folder, $"{stem}.verified.{extension}"), Path.Combine(folder, $"{stem}.received.{extension}"));
    }
}
