namespace Briefing.Layout.Inline;

/// <summary>One line of a paragraph: its pieces in logical order (trailing whitespace removed), width and vertical metrics.</summary>
internal sealed record TextLine(List<TextPiece> Pieces, float Width, float Height, float Baseline, bool EndsParagraph);
