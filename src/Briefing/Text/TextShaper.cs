using System.Text;
using HarfBuzzSharp;

namespace Briefing.Text;

/// <summary>HarfBuzz shaping of one run (one face, one direction): kerning and ligatures come from the font's tables.</summary>
internal static class TextShaper
{
    public static ShapedRun Shape(FontFace face, string text, float size, bool rightToLeft)
    {
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf8(Encoding.UTF8.GetBytes(text));
        buffer.GuessSegmentProperties();
        // The caller split the line into direction runs; guessing would get neutral-only runs wrong.
        buffer.Direction = rightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        face.HbFont.Shape(buffer);
        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var scale = size / face.UnitsPerEm;
        var count = infos.Length;
        var glyphs = new ushort[count];
        var advances = new float[count];
        var xOffsets = new float[count];
        var yOffsets = new float[count];
        var clusters = new uint[count];
        for (var i = 0; i < count; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = infos[i].Cluster;
            advances[i] = positions[i].XAdvance * scale;
            xOffsets[i] = positions[i].XOffset * scale;
            // HarfBuzz's y grows upwards; the page model's grows downwards.
            yOffsets[i] = -positions[i].YOffset * scale;
        }
        return new ShapedRun(face, size, text, rightToLeft, glyphs, advances, xOffsets, yOffsets, clusters);
    }
}
