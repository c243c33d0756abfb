namespace Briefing.Text;

/// <summary>
/// A font file cut down to the glyphs a document uses, renumbered from 0 so that the tables indexed by glyph id
/// stay as short as the subset; <see cref="NewGlyph"/> turns a glyph id of the whole font into the subset's.
/// </summary>
internal sealed class FontSubset(byte[] data, ushort[] newGlyphs)
{
    public byte[] Data { get; } = data;

    /// <summary>The subset's id for <paramref name="glyph"/> of the whole font; 0 (.notdef) for a glyph it does not hold.</summary>
    public ushort NewGlyph(ushort glyph) => glyph < newGlyphs.Length ? newGlyphs[glyph] : (ushort)0;
}
