using SkiaSharp;

namespace Briefing.Text;

/// <summary>One loaded font file face: the bytes (kept for subsetting), the Skia typeface and the HarfBuzz font.</summary>
internal sealed class FontFace : IDisposable
{
    private readonly HarfBuzzSharp.Blob _blob;

    public FontFace(int id, string name, byte[] data, int index)
    {
        Id = id;
        Name = name;
        Data = data;
        Index = index;
        _blob = NativeBlob.Create(data);
        HbFace = new HarfBuzzSharp.Face(_blob, index);
        HbFont = new HarfBuzzSharp.Font(HbFace);
        UnitsPerEm = HbFace.UnitsPerEm;
        // HarfBuzz reports positions in font units unless told otherwise; keep them in units and scale per size.
        HbFont.SetScale(UnitsPerEm, UnitsPerEm);
        Typeface = SKTypeface.FromData(SKData.CreateCopy(data), index)
            ?? throw new InvalidOperationException($"Skia could not load font face {name}.");
        using var font = new SKFont(Typeface, UnitsPerEm);
        var metrics = font.Metrics;
        Ascent = -metrics.Ascent / UnitsPerEm;
        Descent = metrics.Descent / UnitsPerEm;
    }

    /// <summary>Stable number within one <see cref="FontLibrary"/>, in load order.</summary>
    public int Id { get; }

    public string Name { get; }

    public byte[] Data { get; }

    public int Index { get; }

    public int UnitsPerEm { get; }

    /// <summary>Ascent above the baseline, as a fraction of the em.</summary>
    public float Ascent { get; }

    /// <summary>Descent below the baseline, as a fraction of the em.</summary>
    public float Descent { get; }

    public SKTypeface Typeface { get; }

    public HarfBuzzSharp.Face HbFace { get; }

    public HarfBuzzSharp.Font HbFont { get; }

    /// <summary>The subsets of this face made for documents so far.</summary>
    public FontSubsets Subsets { get; } = new();

    public bool HasGlyph(int codepoint) => HbFont.TryGetGlyph((uint)codepoint, out var glyph) && glyph != 0;

    public void Dispose()
    {
        Typeface.Dispose();
        HbFont.Dispose();
        HbFace.Dispose();
        _blob.Dispose();
    }
}
