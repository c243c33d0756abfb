namespace Briefing.Cli;

/// <summary>Writing to standard output failed; <see cref="Reason"/> says why in the words of a message.</summary>
internal sealed class StandardOutputException(Exception inner) : IOException(inner.Message, inner)
{
    public string Reason => ReasonFor(InnerException!);

    /// <summary>Why a write to standard output failed, for a message. .NET words a closed descriptor (EBADF) as a path it was denied, and names no path.</summary>
    public static string ReasonFor(Exception failure) =>
        failure is UnauthorizedAccessException ? "it is closed or not open for writing" : failure.Message;
}
