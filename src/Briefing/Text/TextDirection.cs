namespace Briefing.Text;

/// <summary>The base direction of a paragraph or cell.</summary>
internal enum TextDirection : byte
{
    LeftToRight = 1,
    RightToLeft = 2,
}
