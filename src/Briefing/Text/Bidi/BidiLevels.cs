namespace Briefing.Text.Bidi;

/// <summary>The resolved embedding level of each code point of a paragraph, and the paragraph's own level.</summary>
internal sealed record BidiLevels(byte[] Levels, int ParagraphLevel);
