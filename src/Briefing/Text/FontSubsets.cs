using System.Text;

namespace Briefing.Text;

/// <summary>
/// The subsets already made of one font, by the glyphs and characters they hold. A batch renders many documents that
/// use the same glyphs (copies of a brief, re-renders in watch), and a subset is a pure function of the font and those
/// two sets, so each is cut once. Safe to share between threads.
/// </summary>
internal sealed class FontSubsets
{
    // Past this many different glyph sets for one font the cache starts again rather than growing without bound.
    private const int Limit = 64;

    private readonly Dictionary<string, FontSubset?> _made = new(StringComparer.Ordinal);
    // By the kind of thing prepared as well as the sets, so a lookup always finds its own kind.
    private readonly Dictionary<(Type Kind, string Sets), object> _prepared = [];
    private readonly Lock _gate = new();

    internal FontSubset? Get(ReadOnlyMemory<byte> fontFile, int faceIndex, ushort[] glyphs, int[] codepoints) =>
        Remembered(_made, Key(glyphs, codepoints), () => FontSubsetter.Subset(fontFile, faceIndex, glyphs, codepoints));

    /// <summary>
    /// What <paramref name="make"/> derives from the font and the glyphs and characters one document draws with it
    /// (the subset, its metrics, the characters of its glyphs), made once for each such pair of sets: every
    /// document of a batch would otherwise open the font and its subset again to read the same answers.
    /// </summary>
    internal T Prepared<T>(ushort[] glyphs, int[] codepoints, Func<T> make) where T : class =>
        (T)Remembered(_prepared, (typeof(T), Key(glyphs, codepoints)), make);

    // Made outside the lock, so two threads may both make one; either result serves, as both are the same.
    private TValue Remembered<TKey, TValue>(Dictionary<TKey, TValue> made, TKey key, Func<TValue> make) where TKey : notnull
    {
        lock (_gate)
        {
            if (made.TryGetValue(key, out var known))
            {
                return known;
            }
        }
        var value = make();
        lock (_gate)
        {
            if (made.Count >= Limit)
            {
                made.Clear();
            }
            made[key] = value;
        }
        return value;
    }

    // The count of glyphs, then both sets sorted, as UTF-16 units: a glyph id fits one, a count or a code point takes two.
    private static string Key(ushort[] glyphs, int[] codepoints)
    {
        var key = new StringBuilder(2 + glyphs.Length + codepoints.Length * 2);
        key.Append((char)(glyphs.Length >> 16)).Append((char)(glyphs.Length & 0xFFFF));
        foreach (var glyph in glyphs)
        {
            key.Append((char)glyph);
        }
        foreach (var codepoint in codepoints)
        {
            key.Append((char)(codepoint >> 16)).Append((char)(codepoint & 0xFFFF));
        }
        return key.ToString();
    }
}
