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
    /// <exception cref="IOException">The path names a folder, a block device or a socket, or a file stands where a folder of the path goes.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        var kind = FileIdentity.Of(path).Kind;
        if (Obstacle(path, kind) is { } obstacle)
        {
            throw new IOException(obstacle);
        }

        var full = Path.GetFullPath(path);
        var link = new FileInfo(full).LinkTarget;
        if (kind is FileKind.Fifo or FileKind.CharacterDevice || (kind == FileKind.Regular && ThroughProcess(full, link)))
        {
            // A link such as /dev/stdout or /dev/fd/3 leads to a file the process holds open: written through, as a
            // device or pipe is, since renaming would unlink the file from under whoever holds it.
            using var through = new FileStream(path, kind == FileKind.Regular ? FileMode.Create : FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            write(through);
            through.Flush();
            return;
        }

        // Renaming over a link would put a plain file in the link's place and leave the file it leads to as it was.
        var target = link is null ? full : new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
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

    /// <summary>
    /// Why nothing can be written at <paramref name="path"/>, or null: a folder, a block device or a socket is there, or
    /// a file stands where a folder of its path goes. Asked before writing one of several files, so none is written.
    /// </summary>
    public static string? Obstacle(string path) => Obstacle(path, FileIdentity.Of(path).Kind);

    private static string? Obstacle(string path, FileKind kind) => kind switch
    {
        FileKind.Directory => $"`{path}` is a folder; only a regular file is written over",
        FileKind.BlockDevice => $"`{path}` is a block device; only a regular file is written over",
        FileKind.Socket => $"`{path}` is a socket; only a regular file is written over",
        FileKind.Missing when BlockedFolder.Blocker(Path.GetDirectoryName(Path.GetFullPath(path))!) is { } file =>
            $"`{file}` is a file, not a folder, so `{path}` cannot be written",
        _ => null,
    };

    // Whether the path, or the first link it leads through, is one of the kernel's links to an open file.
    private static bool ThroughProcess(string full, string? link) =>
        IsProcessLink(full) || (link is not null && IsProcessLink(Path.GetFullPath(link, Path.GetDirectoryName(full)!)));

    private static bool IsProcessLink(string path) =>
        path.StartsWith("/proc/", StringComparison.Ordinal) || path.StartsWith("/dev/fd/", StringComparison.Ordinal);
}
