namespace Briefing.Workspace;

/// <summary>
/// Writes a file so that readers see either the old content or the whole new content, never a part:
/// an interrupted or failed render leaves the previous good PDF in place.
/// </summary>
/// <remarks>
/// Only a regular file (or nothing) is replaced by renaming. A FIFO or a character device such as
/// <c>/dev/null</c> or a terminal is written through, as every Unix tool does: renaming over it would put a
/// regular file in place of the device (as root, <c>-o /dev/null</c> would replace <c>/dev/null</c>). A folder,
/// block device or socket is refused. A symbolic link stays: the file it leads to is the one replaced.
/// </remarks>
public static class AtomicFile
{
    /// <summary>Writes through <paramref name="write"/> into a temporary file beside <paramref name="path"/>, then renames it over the target.</summary>
    /// <exception cref="IOException">The path names a folder, a block device or a socket.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        switch (FileIdentity.Of(path).Kind)
        {
            case FileKind.Regular when ThroughProcess(path):
                // A link such as /dev/stdout or /dev/fd/3 leads to a file the process holds open: written through, as
                // every Unix tool does, since renaming would unlink the file from under whoever holds it.
                using (var held = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite))
                {
                    write(held);
                    held.Flush();
                }

                return;
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

        // Renaming over a link would put a plain file in the link's place and leave the file it leads to as it was.
        var target = FinalTarget(path);
        var folder = Path.GetDirectoryName(target)!;
        CreateFolder(folder);
        // Same folder as the target, so the final rename never crosses file systems; a name of fixed length, so that
        // any name the file system takes for the output, up to its longest, leaves room for the temporary one.
        var temporary = Path.Combine(folder, $".briefing-{Guid.NewGuid():N}.tmp");
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

            File.Move(temporary, target, overwrite: true);
            moved = true;
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UnauthorizedAccessException(NamingTheOutput(e.Message, temporary, path), e);
        }
        catch (IOException e) when (e.Message.Contains(temporary, StringComparison.Ordinal))
        {
            throw new IOException(NamingTheOutput(e.Message, temporary, path), e);
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

    // The message of a failure names the output the user asked for, not the hidden file it was being written to.
    private static string NamingTheOutput(string message, string temporary, string path) =>
        message.Replace(temporary, path, StringComparison.Ordinal);

    // Whether the path, or the first link it leads through, is one of the kernel's links to an open file.
    private static bool ThroughProcess(string path)
    {
        var full = Path.GetFullPath(path);
        var first = new FileInfo(full).LinkTarget;
        return IsProcessLink(full) || (first is not null && IsProcessLink(Path.GetFullPath(first, Path.GetDirectoryName(full)!)));
    }

    private static bool IsProcessLink(string path) =>
        path.StartsWith("/proc/", StringComparison.Ordinal) || path.StartsWith("/dev/fd/", StringComparison.Ordinal);

    private static string FinalTarget(string path)
    {
        var full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        return info.LinkTarget is null ? full : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
    }

    private static void CreateFolder(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (IOException) when (BlockedFolder.Blocker(folder) is { } file)
        {
            throw new IOException($"cannot make the folder {folder}: {file} is a file, not a folder");
        }
    }

    private static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "a folder",
        FileKind.BlockDevice => "a block device",
        _ => "a socket",
    };
}
