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
}
