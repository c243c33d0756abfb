using System.Security.Cryptography;

namespace Briefing.Building;

/// <summary>
/// An output as the previous build's manifest recorded it: the key of its inputs and the file it wrote, and the job
/// that wrote it (fact sheet by full path, template, format), so that a build can tell its own earlier files from
/// those of another shard and remove those it no longer makes.
/// </summary>
public sealed record PreviousOutput(string Key, string Sha256, int Pages, long Bytes)
{
    /// <summary>The fact sheet it was made from, by full path; null in a manifest that did not record it.</summary>
    public string? FactSheet { get; init; }

    public string? Template { get; init; }

    public BuildFormat Format { get; init; } = BuildFormat.Pdf;

    /// <summary>Whether <paramref name="path"/> still holds the recorded bytes (size and SHA-256); false when it cannot be read.</summary>
    public bool IsHeldBy(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            return file.Length == Bytes && Convert.ToHexStringLower(SHA256.HashData(file)) == Sha256;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
