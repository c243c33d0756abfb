using System.Globalization;
using System.Text;

namespace Briefing.Text;

/// <summary>Strong direction of code points: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms are right to left.</summary>
internal static class BidiClass
{
    public static TextDirection Of(Rune rune)
    {
        var v = rune.Value;
        // The invisible marks authors use to set direction: LEFT-TO-RIGHT MARK and RIGHT-TO-LEFT MARK.
        if (v == 0x200E)
        {
            return TextDirection.LeftToRight;
        }
        if (v == 0x200F)
        {
            return TextDirection.RightToLeft;
        }
        if ((v >= 0x0590 && v <= 0x08FF) || (v >= 0xFB1D && v <= 0xFDFF) || (v >= 0xFE70 && v <= 0xFEFF)
            || (v >= 0x10800 && v <= 0x10FFF) || (v >= 0x1E800 && v <= 0x1EFFF))
        {
            // Arabic-Indic digits sit in the Arabic block, but numbers read left to right in every script.
            if ((v >= 0x0660 && v <= 0x0669) || (v >= 0x06F0 && v <= 0x06F9))
            {
                return TextDirection.LeftToRight;
            }
            var category = Rune.GetUnicodeCategory(rune);
            return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark ? TextDirection.Neutral : TextDirection.RightToLeft;
        }
        var cat = Rune.GetUnicodeCategory(rune);
        return cat switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.LetterNumber or UnicodeCategory.SpacingCombiningMark => TextDirection.LeftToRight,
            _ => TextDirection.Neutral,
        };
    }

    /// <summary>
    /// The direction of the first letter with a strong direction (digits do not count), or null when there is none:
    /// a paragraph's base direction. A LEFT-TO-RIGHT MARK (U+200E) before a name in Arabic script keeps a line left to right.
    /// </summary>
    public static TextDirection? FirstStrong(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsDigit(rune))
            {
                continue;
            }
            var d = Of(rune);
            if (d != TextDirection.Neutral)
            {
                return d;
            }
        }
        return null;
    }
}
