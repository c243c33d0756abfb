namespace Briefing.Preview;

/// <summary>
/// Calls back once per burst of changes to the watched places: editors save in bursts (write, rename, touch), and a
/// short quiet period joins them without making the author wait.
/// </summary>
public sealed class InputWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Timer timer;
    private readonly TimeSpan quiet;

    public InputWatcher(IEnumerable<WatchedPlace> places, TimeSpan quiet, Action changed)
    {
        this.quiet = quiet;
        timer = new Timer(_ => changed());
        foreach (var place in places)
        {
            if (!Directory.Exists(place.Folder)) continue;
            var watcher = new FileSystemWatcher(place.Folder, place.Filter)
            {
                IncludeSubdirectories = place.Recursive,
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.Size | NotifyFilters.CreationTime,
            };
            watcher.Changed += (_, _) => Touch();
            watcher.Created += (_, _) => Touch();
            watcher.Renamed += (_, _) => Touch();
            watcher.Deleted += (_, _) => Touch();
            watcher.Error += (_, _) => Touch();
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    // Each event pushes the call back to the end of the quiet period.
    private void Touch() => timer.Change(quiet, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        foreach (var watcher in watchers) watcher.Dispose();
        timer.Dispose();
    }
}
