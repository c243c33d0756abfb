using System.Runtime.InteropServices;

namespace Briefing.Workspace;

/// <summary>
/// The file a path names after every symbolic link, hard link and <c>..</c>: its device and inode, and its kind.
/// Two paths name the same file exactly when their identities are equal.
/// </summary>
/// <remarks>
/// .NET has no public call for a file's inode or for telling a FIFO or device from a regular file, so this asks
/// the kernel through <c>statx(2)</c>, whose result layout is the same on every Linux architecture. Elsewhere the
/// kind comes from .NET alone and the identity from the fully resolved path.
/// </remarks>
public readonly partial record struct FileIdentity(FileKind Kind, ulong Device, ulong Inode, string? ResolvedPath)
{
    private const int CurrentFolder = -100;
    private const uint BasicStats = 0x7ff;
    private const int StatxSize = 256;

    public bool Exists => Kind != FileKind.Missing;

    /// <summary>The identity of what <paramref name="path"/> names, following links; <see cref="FileKind.Missing"/> when nothing is there.</summary>
    public static FileIdentity Of(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            Span<byte> buffer = stackalloc byte[StatxSize];
            if (Statx(CurrentFolder, path, 0, BasicStats, buffer) != 0)
            {
                return new FileIdentity(FileKind.Missing, 0, 0, null);
            }

            var mode = BitConverter.ToUInt16(buffer[28..]);
            var inode = BitConverter.ToUInt64(buffer[32..]);
            var device = ((ulong)BitConverter.ToUInt32(buffer[136..]) << 32) | BitConverter.ToUInt32(buffer[140..]);
            return new FileIdentity(KindOf(mode), device, inode, null);
        }

        var resolved = Resolve(path);
        var kind = Directory.Exists(resolved) ? FileKind.Directory : File.Exists(resolved) ? FileKind.Regular : FileKind.Missing;
        return new FileIdentity(kind, 0, 0, kind == FileKind.Missing ? null : resolved);
    }

    /// <summary>Whether both paths exist and name the same file.</summary>
    public static bool Same(string first, string second)
    {
        var a = Of(first);
        return a.Exists && a == Of(second);
    }

    private static FileKind KindOf(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0x1000 => FileKind.Fifo,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        _ => FileKind.Socket,
    };

    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int folder, string path, int flags, uint mask, Span<byte> buffer);
}
