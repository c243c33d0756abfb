using System.Collections.Immutable;

namespace Briefing.Layout.Inline;

/// <summary>One line of a paragraph: its pieces in logical order (trailing whitespace removed), width and vertical metrics.</summary>
internal sealed record TextLine(ImmutableArray<TextPiece> Pieces, float Width, float Height, float Baseline, bool EndsParagraph);
