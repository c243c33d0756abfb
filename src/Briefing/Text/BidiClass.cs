using System.Globalization;
using System.Text;

namespace Briefing.Text;

/// <summary>Strong direction of code points: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms are right to left.</summary>
internal static class BidiClass
{
    public static TextDirection Of(Rune rune)
    {
        var v = rune.Value;
        if ((v >= 0x0590 && v <= 0x08FF) || (v >= 0xFB1D && v <= 0xFDFF) || (v >= 0xFE70 && v <= 0xFEFF)
            || (v >= 0x10800 && v <= 0x10FFF) || (v >= 0x1E800 && v <= 0x1EFFF))
        {
            // Arabic-Indic digits sit in the Arabic block but are numbers; treat them as neutral.
            if ((v >= 0x0660 && v <= 0x0669) || (v >= 0x06F0 && v <= 0x06F9))
            {
                return TextDirection.Neutral;
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

    /// <summary>The direction of the first strong character, or null when the text has none.</summary>
    public static TextDirection? FirstStrong(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            var d = Of(rune);
            if (d != TextDirection.Neutral)
            {
                return d;
            }
        }
        return null;
    }
}
