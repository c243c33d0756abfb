namespace Briefing.Cli;

/// <summary><c>-</c> names standard input or output, as in every Unix tool.</summary>
internal static class StandardStream
{
    public const string Dash = "-";

    public static bool Is(string? value) => value is Dash;

    /// <summary>
    /// Whether an output path is this process's standard output by another name. Opened by name, it would be a new
    /// file description at offset 0 (overwriting what <c>&gt;&gt;</c> appends to) or replaced by renaming; written
    /// as <c>-</c>, the output goes where the shell sent it.
    /// </summary>
    public static bool Names(string? path) => path is "/dev/stdout" or "/dev/fd/1" or "/proc/self/fd/1";
}
