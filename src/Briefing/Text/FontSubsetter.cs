using System.Runtime.InteropServices;

namespace Briefing.Text;

/// <summary>Cuts a font down to the glyphs a document uses, keeping glyph ids, so the PDF embeds kilobytes rather than the whole file.</summary>
internal static class FontSubsetter
{
    /// <summary>The subset font file, or null when HarfBuzz cannot subset this font (the caller then embeds it whole).</summary>
    public static unsafe byte[]? Subset(ReadOnlyMemory<byte> fontFile, int faceIndex, IEnumerable<ushort> glyphs, IEnumerable<int> codepoints)
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
            HarfBuzzSubsetApi.InputSetFlags(input, HarfBuzzSubsetApi.RetainGlyphIds);
            var subset = HarfBuzzSubsetApi.SubsetOrFail(face.Handle, input);
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
        finally
        {
            HarfBuzzSubsetApi.InputDestroy(input);
        }
    }
}
