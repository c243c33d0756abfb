using Briefing.Text.Bidi;

namespace Briefing.Text;

/// <summary>The base direction of a paragraph, by rule P2 of the Unicode bidi algorithm.</summary>
internal static class BidiClass
{
    /// <summary>
    /// The direction of the first character with a strong direction outside isolates (digits do not count), or null
    /// when there is none. A LEFT-TO-RIGHT MARK (U+200E) before a name in Arabic script keeps a line left to right.
    /// </summary>
    public static TextDirection? FirstStrong(string text)
    {
        var isolates = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            switch (BidiCategories.Of(rune.Value))
            {
                case BidiCategory.L when isolates == 0:
                    return TextDirection.LeftToRight;
                case BidiCategory.R or BidiCategory.AL when isolates == 0:
                    return TextDirection.RightToLeft;
                case BidiCategory.LRI or BidiCategory.RLI or BidiCategory.FSI:
                    isolates++;
                    break;
                case BidiCategory.PDI when isolates > 0:
                    isolates--;
                    break;
                case BidiCategory.B:
                    isolates = 0;
                    break;
            }
        }
        return null;
    }
}
