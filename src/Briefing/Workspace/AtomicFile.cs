namespace Briefing.Workspace;

/// <summary>
/// Writes a file so that readers see either the old content or the whole new content, never a part:
/// an interrupted or failed render leaves the previous good PDF in place.
/// </summary>
/// <remarks>
/// Only a regular file (or nothing) is replaced by renaming. A FIFO or a character device such as
/// <c>/dev/null</c> or a terminal is written through, as every Unix tool does: renaming over it would put a
/// regular file in place of the device (as root, <c>-o /dev/null</c> would replace <c>/dev/null</c>). A folder,
/// block device or socket is refused.
/// </remarks>
public static class AtomicFile
{
    /// <summary>Writes through <paramref name="write"/> into a temporary file beside <paramref name="path"/>, then renames it over the target.</summary>
    /// <exception cref="IOException">The path names a folder, a block device or a socket.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        switch (FileIdentity.Of(path).Kind)
        {
            case FileKind.Missing or FileKind.Regular:
                break;
            case FileKind.Fifo or FileKind.CharacterDevice:
                using (var through = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
                {
                    write(through);
                    through.Flush();
                }

                return;
            case var kind:
                throw new IOException($"{path} is {Describe(kind)}; only a regular file is written over");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        // Same folder as the target, so the final rename never crosses file systems.
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        var moved = false;
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
            moved = true;
        }
        finally
        {
            // Only a failed write or rename leaves the temporary file behind.
            if (!moved && File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes) => WriteAllBytes(path, bytes.ToArray());

    // An array is written as it is: a build writes a document's bytes once, and a copy of each would be garbage.
    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes));

    public static void WriteAllText(string path, string text) =>
        WriteAllBytes(path, new System.Text.UTF8Encoding(false).GetBytes(text));

    private static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "a folder",
        FileKind.BlockDevice => "a block device",
        _ => "a socket",
    };
}
