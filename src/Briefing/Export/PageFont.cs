using Briefing.Text;
using SkiaSharp;

namespace Briefing.Export;

/// <summary>The typeface a page draws one font with; a subset, if given, numbers its glyphs differently from layout.</summary>
internal sealed class PageFont(SKTypeface typeface, FontSubset? subset) : IDisposable
{
    public SKTypeface Typeface { get; } = typeface;

    /// <summary>The id to draw for <paramref name="glyph"/>, a glyph id of the whole font as layout shaped it.</summary>
    public ushort Glyph(ushort glyph) => subset is null ? glyph : subset.NewGlyph(glyph);

    public void Dispose() => Typeface.Dispose();
}
