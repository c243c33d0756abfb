using System.Buffers.Binary;
using HarfBuzzSharp;

namespace Briefing.Export.Pdf;

/// <summary>
/// What a PDF font needs to know of the font file it embeds: advance widths per glyph in thousandths of an em,
/// the descriptor's metrics, and whether its outlines are TrueType or CFF. Read once from the (subset) file.
/// </summary>
internal sealed record FontProgram(
    byte[] Data,
    float[] Widths,
    bool IsCff,
    int Ascent,
    int Descent,
    int CapHeight,
    int[] BoundingBox,
    float ItalicAngle,
    bool FixedPitch,
    string? PostScriptName)
{
    public static unsafe FontProgram Read(byte[] data, int faceIndex)
    {
        fixed (byte* pointer = data)
        {
            using var blob = new Blob((IntPtr)pointer, data.Length, MemoryMode.ReadOnly);
            using var face = new Face(blob, faceIndex);
            using var font = new Font(face);
            var unitsPerEm = face.UnitsPerEm;
            font.SetScale(unitsPerEm, unitsPerEm);
            var scale = 1000f / unitsPerEm;
            var widths = new float[face.GlyphCount];
            for (var glyph = 0; glyph < widths.Length; glyph++)
            {
                widths[glyph] = MathF.Round(font.GetHorizontalGlyphAdvance((uint)glyph) * scale, 3);
            }
            var head = Table(face, "head");
            var box = head.Length >= 44
                ? new[] { Int16(head, 36), Int16(head, 38), Int16(head, 40), Int16(head, 42) }.Select(v => (int)MathF.Round(v * scale)).ToArray()
                : [0, -200, 1000, 900];
            font.TryGetHorizontalFontExtents(out var extents);
            var os2 = Table(face, "OS/2");
            var capHeight = os2.Length >= 90 && BinaryPrimitives.ReadUInt16BigEndian(os2) >= 2 ? Int16(os2, 88) : extents.Ascender;
            var post = Table(face, "post");
            var italic = post.Length >= 16 ? BinaryPrimitives.ReadInt32BigEndian(post.AsSpan(4)) / 65536f : 0f;
            var fixedPitch = post.Length >= 16 && BinaryPrimitives.ReadUInt32BigEndian(post.AsSpan(12)) != 0;
            var isCff = face.Tables.Any(t => t.ToString() is "CFF " or "CFF2");
            return new FontProgram(data, widths, isCff, (int)MathF.Round(extents.Ascender * scale),
                (int)MathF.Round(extents.Descender * scale), (int)MathF.Round(capHeight * scale), box, italic, fixedPitch,
                Pdf.PostScriptName.Read(Table(face, "name")));
        }
    }

    private static short Int16(byte[] table, int offset) => BinaryPrimitives.ReadInt16BigEndian(table.AsSpan(offset));

    private static byte[] Table(Face face, string tag)
    {
        using var table = face.ReferenceTable(Tag.Parse(tag));
        return table.AsSpan().ToArray();
    }
}
