using System.Globalization;
using System.Text;

namespace Briefing.Workspace;

/// <summary>
/// Reads an input file (a theme, template, font, image, scheme or source text) whole, but only a regular file and
/// only up to a limit: a FIFO or device would block or never end (<c>--theme /dev/zero</c>), and a huge file would
/// exhaust memory. Problems are <see cref="IOException"/>s whose message names the file and the limit, so every
/// caller that reports a failed read reports these too.
/// </summary>
public static class InputFile
{
    /// <summary>Themes, templates and partials: far beyond any real one.</summary>
    public const long TextLimit = 1024 * 1024;

    /// <summary>Font files: the largest CJK collections are about 30 MiB.</summary>
    public const long FontLimit = 64 * 1024 * 1024;

    /// <summary>Images placed in a document.</summary>
    public const long ImageLimit = 32 * 1024 * 1024;

    /// <summary>The bytes of <paramref name="path"/>; <paramref name="what"/> names the file in messages ("theme", "font").</summary>
    public static byte[] ReadBytes(string path, long maxBytes, string what)
    {
        Check(path, what);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
        // A regular file is read in one go at the size it has; one that grows while it is read goes on below.
        var size = stream.Length;
        if (size <= maxBytes)
        {
            var whole = new byte[size];
            var got = stream.ReadAtLeast(whole, whole.Length, throwOnEndOfStream: false);
            if (got < whole.Length)
            {
                return whole[..got];
            }

            var next = stream.ReadByte();
            if (next < 0)
            {
                return whole;
            }

            stream.Position = 0;
        }

        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                throw new IOException($"the {what} `{path}` is larger than the limit of {Size(maxBytes)} for a {what}");
            }
        }
        return buffer.ToArray();
    }

    /// <summary>The UTF-8 text of <paramref name="path"/> (a byte order mark is dropped).</summary>
    public static string ReadText(string path, long maxBytes, string what)
    {
        var bytes = ReadBytes(path, maxBytes, what);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new IOException($"the {what} `{path}` is not UTF-8 text");
        }
    }

    /// <summary>Refuses what is not a regular file, before opening it, since opening a FIFO blocks.</summary>
    public static void Check(string path, string what)
    {
        var kind = FileIdentity.Of(path).Kind;
        switch (kind)
        {
            case FileKind.Regular:
                return;
            case FileKind.Missing:
                throw new FileNotFoundException($"no such file: `{path}`", path);
            case FileKind.Directory:
                throw new IOException($"`{path}` is a folder; a {what} must be a file");
            default:
                throw new IOException($"`{path}` is {Describe(kind)}, not a regular file; a {what} is read only from a regular file");
        }
    }

    /// <summary>A size for messages: "1 MiB (1,048,576 bytes)".</summary>
    public static string Size(long bytes) => bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MiB ({bytes:N0} bytes)")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024} KiB ({bytes:N0} bytes)");

    private static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        _ => "a socket",
    };
}
