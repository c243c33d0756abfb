using System.Text;

namespace Briefing.Text.Bidi;

/// <summary>Embedding levels for UTF-16 text: the code-point algorithm of <see cref="BidiParagraph"/> mapped back to chars.</summary>
internal static class BidiLines
{
    /// <summary>Writes the level of every char of <paramref name="text"/> (both halves of a surrogate pair alike) into <paramref name="levels"/>.</summary>
    public static void Resolve(ReadOnlySpan<char> text, int paragraphLevel, Span<byte> levels)
    {
        if (text.IsEmpty)
        {
            return;
        }
        if (paragraphLevel == 0 && IsSimple(text))
        {
            // Nothing right to left and no embeddings: every character is at level 0 (the common case, kept cheap).
            levels.Clear();
            return;
        }
        var categories = new BidiCategory[text.Length];
        var codepoints = new int[text.Length];
        var count = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            codepoints[count] = rune.Value;
            categories[count++] = BidiCategories.Of(rune.Value);
        }
        var resolved = BidiParagraph.Resolve(categories.AsSpan(0, count), codepoints.AsSpan(0, count), paragraphLevel).Levels;
        var at = 0;
        for (var k = 0; k < count; k++)
        {
            var length = new Rune(codepoints[k]).Utf16SequenceLength;
            for (var u = 0; u < length; u++)
            {
                levels[at++] = resolved[k];
            }
        }
    }

    // No right-to-left letter or Arabic digit and no explicit embedding, override or isolate. Hebrew is the first
    // block with any, so the characters before it need no lookup.
    private static bool IsSimple(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0590' && !IsSimple(c))
            {
                return false;
            }
        }
        return true;
    }

    // A character beyond the Basic Multilingual Plane (a surrogate pair) is left to the full algorithm.
    private static bool IsSimple(char c)
    {
        if (char.IsSurrogate(c))
        {
            return false;
        }
        var category = BidiCategories.Of(c);
        return category is not (BidiCategory.R or BidiCategory.AL or BidiCategory.AN) && !IsExplicit(category);
    }

    private static bool IsExplicit(BidiCategory c) => c is BidiCategory.LRE or BidiCategory.LRO or BidiCategory.RLE or BidiCategory.RLO
        or BidiCategory.PDF or BidiCategory.LRI or BidiCategory.RLI or BidiCategory.FSI or BidiCategory.PDI;
}
