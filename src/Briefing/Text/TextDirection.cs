namespace Briefing.Text;

/// <summary>The strong direction of a character, as far as a simple bidi needs it.</summary>
// A byte, because a paragraph keeps one per character.
internal enum TextDirection : byte
{
    Neutral,
    LeftToRight,
    RightToLeft,
}
