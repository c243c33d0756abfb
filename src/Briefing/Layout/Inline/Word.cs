namespace Briefing.Layout.Inline;

/// <summary>
/// Text between two break opportunities: its pieces (the last may be the trailing whitespace), the UTF-16
/// range it covers in the paragraph, and whether a forced line break follows it.
/// </summary>
internal sealed record Word(IReadOnlyList<TextPiece> Pieces, int Start, int ContentEnd, int End, bool BreakAfter)
{
    public float ContentWidth => Pieces.Where(p => !p.IsSpace).Sum(p => p.Width);

    public float SpaceWidth => Pieces.Where(p => p.IsSpace).Sum(p => p.Width);
}
