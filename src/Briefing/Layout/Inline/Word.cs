using System.Collections.Immutable;

namespace Briefing.Layout.Inline;

/// <summary>
/// Text between two break opportunities: its pieces (the last may be the trailing whitespace), the UTF-16
/// range it covers in the paragraph, and whether a forced line break follows it. A word cut at a hyphenation point
/// carries the <see cref="Hyphen"/> drawn when a line ends there; the next word continues it with no space between.
/// </summary>
internal sealed record Word(ImmutableArray<TextPiece> Pieces, int Start, int ContentEnd, int End, bool BreakAfter, TextPiece? Hyphen = null)
{
    // Line breaking asks for these for every word and every candidate line; the pieces never change, and one pass
    // over them gives both.
    private readonly (float Content, float Space) _widths = Widths(Pieces);

    public float ContentWidth => _widths.Content;

    public float SpaceWidth => _widths.Space;

    private static (float Content, float Space) Widths(ImmutableArray<TextPiece> pieces)
    {
        // Summed in double, as Enumerable.Sum does, so the widths are the ones line breaking always had.
        var content = 0.0;
        var space = 0.0;
        for (var p = 0; p < pieces.Length; p++)
        {
            if (pieces[p].IsSpace)
            {
                space += pieces[p].Width;
            }
            else
            {
                content += pieces[p].Width;
            }
        }
        return ((float)content, (float)space);
    }
}
