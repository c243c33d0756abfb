using System.Runtime.InteropServices;

namespace Briefing.Text;

/// <summary>Cuts a font down to the glyphs a document uses, so the PDF embeds kilobytes rather than the whole file.</summary>
internal static class FontSubsetter
{
    // Tables a PDF reader never consults: shaping happened before, and kerning is in the glyph positions.
    private static readonly string[] UnusedInPdf = ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern", "DSIG", "hdmx", "VDMX", "LTSH", "morx", "mort", "feat", "STAT"];

    private static uint Tag(string tag) => (uint)(tag[0] << 24 | tag[1] << 16 | tag[2] << 8 | tag[3]);

    /// <summary>The subset and its glyph numbering, or null when HarfBuzz cannot subset this font (the caller then embeds it whole).</summary>
    public static unsafe FontSubset? Subset(ReadOnlyMemory<byte> fontFile, int faceIndex, IReadOnlyCollection<ushort> glyphs, IEnumerable<int> codepoints)
    {
        // The bytes stay pinned while HarfBuzz reads them (the face is destroyed before the pin is released), so
        // a font file of hundreds of kilobytes is not copied for every document.
        using var pin = fontFile.Pin();
        using var source = new HarfBuzzSharp.Blob((IntPtr)pin.Pointer, fontFile.Length, HarfBuzzSharp.MemoryMode.ReadOnly);
        using var face = new HarfBuzzSharp.Face(source, faceIndex);
        var input = HarfBuzzSubsetApi.InputCreate();
        if (input == IntPtr.Zero)
        {
            return null;
        }
        var plan = IntPtr.Zero;
        try
        {
            var unicodes = HarfBuzzSubsetApi.InputUnicodeSet(input);
            foreach (var codepoint in codepoints)
            {
                HarfBuzzSubsetApi.SetAdd(unicodes, (uint)codepoint);
            }
            var glyphSet = HarfBuzzSubsetApi.InputGlyphSet(input);
            foreach (var glyph in glyphs)
            {
                HarfBuzzSubsetApi.SetAdd(glyphSet, glyph);
            }
            // Without its outline .notdef would be blank, and a missing character must show as a box, not vanish.
            // The subset is embedded in a PDF, which draws shaped glyph ids: shaping tables and hinting are dead weight.
            HarfBuzzSubsetApi.InputSetFlags(input, HarfBuzzSubsetApi.NotdefOutline | HarfBuzzSubsetApi.NoHinting);
            var dropped = HarfBuzzSubsetApi.InputSet(input, HarfBuzzSubsetApi.DropTableSet);
            foreach (var table in UnusedInPdf)
            {
                HarfBuzzSubsetApi.SetAdd(dropped, Tag(table));
            }
            plan = HarfBuzzSubsetApi.PlanCreate(face.Handle, input);
            if (plan == IntPtr.Zero)
            {
                return null;
            }
            var newGlyphs = NewGlyphs(HarfBuzzSubsetApi.PlanOldToNewGlyphs(plan), glyphs);
            if (newGlyphs is null)
            {
                return null;
            }
            var bytes = Execute(plan);
            return bytes is null ? null : new FontSubset(bytes, newGlyphs);
        }
        finally
        {
            if (plan != IntPtr.Zero)
            {
                HarfBuzzSubsetApi.PlanDestroy(plan);
            }
            HarfBuzzSubsetApi.InputDestroy(input);
        }
    }

    // Every glyph the pages draw must survive into the subset, else the caller embeds the whole font instead.
    private static ushort[]? NewGlyphs(IntPtr map, IReadOnlyCollection<ushort> glyphs)
    {
        if (map == IntPtr.Zero)
        {
            return null;
        }
        var table = new ushort[glyphs.Count == 0 ? 1 : glyphs.Max() + 1];
        foreach (var glyph in glyphs)
        {
            var found = HarfBuzzSubsetApi.MapGet(map, glyph);
            if (found == HarfBuzzSubsetApi.MissingValue || found > ushort.MaxValue)
            {
                return null;
            }
            table[glyph] = (ushort)found;
        }
        return table;
    }

    private static byte[]? Execute(IntPtr plan)
    {
        var subset = HarfBuzzSubsetApi.PlanExecute(plan);
        if (subset == IntPtr.Zero)
        {
            return null;
        }
        try
        {
            var blob = HarfBuzzSubsetApi.FaceReferenceBlob(subset);
            try
            {
                var data = HarfBuzzSubsetApi.BlobGetData(blob, out var length);
                if (data == IntPtr.Zero || length == 0)
                {
                    return null;
                }
                var bytes = new byte[length];
                Marshal.Copy(data, bytes, 0, (int)length);
                return bytes;
            }
            finally
            {
                HarfBuzzSubsetApi.BlobDestroy(blob);
            }
        }
        finally
        {
            HarfBuzzSubsetApi.FaceDestroy(subset);
        }
    }
}
