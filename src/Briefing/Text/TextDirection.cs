namespace Briefing.Text;

/// <summary>The strong direction of a character, as far as a simple bidi needs it.</summary>
internal enum TextDirection
{
    Neutral,
    LeftToRight,
    RightToLeft,
}
