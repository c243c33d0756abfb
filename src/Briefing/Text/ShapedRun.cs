namespace Briefing.Text;

/// <summary>
/// Glyphs HarfBuzz produced for one piece of text in one face, in visual order, with sizes in points.
/// Clusters are UTF-8 byte offsets into <see cref="Text"/>, which is what Skia's PDF backend wants to map glyphs back to text.
/// </summary>
internal sealed record ShapedRun(
    FontFace Face,
    float Size,
    string Text,
    bool RightToLeft,
    ushort[] Glyphs,
    float[] Advances,
    float[] XOffsets,
    float[] YOffsets,
    uint[] Clusters)
{
    public float Width { get; } = Advances.Sum();

    /// <summary>Each glyph's x from the start of the run: the advances before it plus its own offset.</summary>
    public float[] GlyphX { get; } = Positions(Advances, XOffsets);

    private static float[] Positions(float[] advances, float[] offsets)
    {
        var x = new float[advances.Length];
        var pen = 0f;
        for (var g = 0; g < advances.Length; g++)
        {
            x[g] = pen + offsets[g];
            pen += advances[g];
        }
        return x;
    }
}
