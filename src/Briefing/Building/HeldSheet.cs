using Briefing.FactSheets;

namespace Briefing.Building;

/// <summary>
/// A fact sheet a build loaded, held until the last of its documents has taken it. A build loads every sheet before
/// it renders any (an id shared by two sheets must be known before either is written); a loaded sheet holds about
/// 40 KB, so a thousand of them kept to the end of the build held 40 MB for nothing.
/// </summary>
internal sealed class HeldSheet(FactSheet sheet, int documents)
{
    private FactSheet? sheet = sheet;
    private int left = documents;

    /// <summary>The sheet while some document still needs it; null after the last one took it.</summary>
    public FactSheet? Peek => Volatile.Read(ref sheet);

    /// <summary>The sheet for one of its documents; after the last document's call it is no longer held.</summary>
    public FactSheet Take()
    {
        var taken = Volatile.Read(ref sheet) ?? throw new InvalidOperationException("Every document of this fact sheet has already taken it.");
        if (Interlocked.Decrement(ref left) == 0)
        {
            Volatile.Write(ref sheet, null);
        }

        return taken;
    }
}
