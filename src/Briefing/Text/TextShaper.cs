using System.Text;
using HarfBuzzSharp;

namespace Briefing.Text;

/// <summary>
/// HarfBuzz shaping of one run (one face, one direction, one language): kerning and ligatures come from the font's
/// tables, and the language picks its localised forms (the font's <c>locl</c> features).
/// </summary>
internal static class TextShaper
{
    public static ShapedRun Shape(FontFace face, string text, float size, bool rightToLeft, string? language = null)
    {
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf8(Encoding.UTF8.GetBytes(text));
        buffer.GuessSegmentProperties();
        // The caller split the line into direction runs; guessing would get neutral-only runs wrong.
        buffer.Direction = rightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        if (language is { Length: > 0 })
        {
            buffer.Language = new Language(language);
        }
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
        uint? replacement = null;
        for (var i = 0; i < count; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = infos[i].Cluster;
            advances[i] = positions[i].XAdvance * scale;
            xOffsets[i] = positions[i].XOffset * scale;
            // HarfBuzz's y grows upwards; the page model's grows downwards.
            yOffsets[i] = -positions[i].YOffset * scale;
            if (glyphs[i] == 0)
            {
                // A character the face lacks would show .notdef, which PDF/A forbids (ISO 19005-2, 6.2.11.8) and which
                // tells a reader nothing. The replacement character is drawn instead; the run's text keeps the
                // original, so search and copy still find it.
                replacement ??= Replacement(face);
                glyphs[i] = (ushort)replacement.Value;
                advances[i] = face.HbFont.GetHorizontalGlyphAdvance(replacement.Value) * scale;
                xOffsets[i] = 0;
                yOffsets[i] = 0;
            }
        }
        return new ShapedRun(face, size, text, rightToLeft, glyphs, advances, xOffsets, yOffsets, clusters);
    }

    /// <summary>The face's glyph for U+FFFD, else for `?`, else its space: never .notdef.</summary>
    private static uint Replacement(FontFace face)
    {
        foreach (var codepoint in (ReadOnlySpan<uint>)[0xFFFD, '?', ' '])
        {
            if (face.HbFont.TryGetGlyph(codepoint, out var glyph) && glyph != 0 && glyph <= ushort.MaxValue)
            {
                return glyph;
            }
        }
        return 0;
    }
}
