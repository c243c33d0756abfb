namespace Briefing.Cli;

/// <summary>Writing to standard output failed; <see cref="Reason"/> says why in the words of a message.</summary>
internal sealed class StandardOutputException(Exception inner) : IOException(inner.Message, inner)
{
    // .NET words a closed descriptor (EBADF) as a path it was denied, and names no path.
    public string Reason => InnerException is UnauthorizedAccessException ? "it is closed or not open for writing" : InnerException!.Message;
}
