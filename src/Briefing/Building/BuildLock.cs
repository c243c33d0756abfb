namespace Briefing.Building;

/// <summary>
/// Exclusive use of a build's output folder: two builds writing one folder at once would leave a manifest whose
/// checksums describe the other build's files. The lock is the operating system's lock on an open file, so it
/// goes away with the process, however the process ends; the file itself stays, empty, and is never trusted.
/// </summary>
public sealed class BuildLock : IDisposable
{
    public const string FileName = ".briefing-build.lock";

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _handle;

    private BuildLock(FileStream handle) => _handle = handle;

    /// <summary>Takes the lock on <paramref name="outDirectory"/>, or returns null when another build holds it.</summary>
    public static BuildLock? TryTake(string outDirectory)
    {
        Directory.CreateDirectory(outDirectory);
        try
        {
            // On Unix, FileShare.None is an flock on the open file: a second holder, in this process or another, is refused.
            return new BuildLock(new FileStream(Path.Combine(outDirectory, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException) when (File.Exists(Path.Combine(outDirectory, FileName)))
        {
            return null;
        }
    }

    /// <summary>Takes the lock, waiting for a build that holds it to end; <paramref name="waiting"/> is told once when that happens.</summary>
    public static BuildLock Take(string outDirectory, Action waiting, CancellationToken cancellationToken)
    {
        var told = false;
        while (true)
        {
            if (TryTake(outDirectory) is { } taken)
            {
                return taken;
            }

            if (!told)
            {
                waiting();
                told = true;
            }

            cancellationToken.WaitHandle.WaitOne(Poll);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    public void Dispose() => _handle.Dispose();
}
