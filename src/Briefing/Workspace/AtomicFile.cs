namespace Briefing.Workspace;

/// <summary>
/// Writes a file so that readers see either the old content or the whole new content, never a part:
/// an interrupted or failed render leaves the previous good PDF in place.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes through <paramref name="write"/> into a temporary file beside <paramref name="path"/>, then renames it over the target.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        // Same folder as the target, so the final rename never crosses file systems.
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                // No fsync: the rename already keeps readers from a half-written file when the process stops, and
                // forcing every output of a thousand-document build to disk would cost more than the rendering.
                stream.Flush();
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var copy = bytes.ToArray();
        Write(path, stream => stream.Write(copy));
    }

    public static void WriteAllText(string path, string text) =>
        WriteAllBytes(path, new System.Text.UTF8Encoding(false).GetBytes(text));
}
