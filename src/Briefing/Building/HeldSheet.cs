namespace Briefing.Building;

/// <summary>
/// A fact sheet a build renders, loaded when the first of its documents takes it and held until the last has
/// taken or passed it. Only the sheets of documents being rendered are in memory: a loaded sheet holds about 40 KB,
/// and a build that loaded all of a thousand sheets before rendering any held 40 MB, which the collector copied
/// from generation to generation.
/// </summary>
internal sealed class HeldSheet
{
    private Lazy<LoadedSheet>? _sheet;
    private int _left;

    /// <summary>A sheet loaded by <paramref name="load"/> at the first <see cref="Take"/>, at most once.</summary>
    public HeldSheet(Func<LoadedSheet> load, int documents)
    {
        _sheet = new Lazy<LoadedSheet>(load, LazyThreadSafetyMode.ExecutionAndPublication);
        _left = documents;
    }

    /// <summary>The sheet if it is loaded and still held; it is not loaded for the asking.</summary>
    public LoadedSheet? Peek => Volatile.Read(ref _sheet) is { IsValueCreated: true } sheet ? sheet.Value : null;

    /// <summary>The sheet for one of its documents, loaded if none took it before; after the last document it is let go.</summary>
    public LoadedSheet Take()
    {
        var value = Held().Value;
        Done();
        return value;
    }

    /// <summary>One document needs the sheet no more without having taken it (its output was reused, or it failed before).</summary>
    public void Pass()
    {
        Held();
        Done();
    }

    private Lazy<LoadedSheet> Held() =>
        Volatile.Read(ref _sheet) ?? throw new InvalidOperationException("Every document of this fact sheet has already taken it.");

    private void Done()
    {
        if (Interlocked.Decrement(ref _left) == 0)
        {
            Volatile.Write(ref _sheet, null);
        }
    }
}
