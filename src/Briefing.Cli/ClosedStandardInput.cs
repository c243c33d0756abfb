namespace Briefing.Cli;

/// <summary>Whether the process was started with its standard input closed (<c>briefing render - &lt;&amp;-</c>).</summary>
/// <remarks>
/// When descriptor 0 is closed at start, the runtime's first pipe takes its number, and reading "standard input"
/// would wait on the runtime's own pipe for ever. Such a pipe is one whose writing end this process holds too; a
/// pipe from a shell or a CI runner has its writing end in another process.
/// </remarks>
internal static class ClosedStandardInput
{
    private const string Descriptors = "/proc/self/fd";

    public static bool Detect()
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists(Descriptors))
        {
            return false;
        }

        var input = Target("0");
        if (input is null)
        {
            return true;
        }

        if (!input.StartsWith("pipe:", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var path in Directory.EnumerateFileSystemEntries(Descriptors))
        {
            var descriptor = Path.GetFileName(path);
            if (descriptor != "0" && Target(descriptor) == input && OpenForWriting(descriptor))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Target(string descriptor)
    {
        try
        {
            return new FileInfo(Path.Combine(Descriptors, descriptor)).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // fdinfo's flags are octal; the access mode is in the lowest two bits (1 write only, 2 read and write).
    private static bool OpenForWriting(string descriptor)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/self/fdinfo/{descriptor}"))
            {
                if (line.StartsWith("flags:", StringComparison.Ordinal))
                {
                    var flags = Convert.ToInt32(line["flags:".Length..].Trim(), 8);
                    return (flags & 3) is 1 or 2;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return false;
        }

        return false;
    }
}
