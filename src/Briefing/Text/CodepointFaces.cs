namespace Briefing.Text;

/// <summary>
/// The faces that draw each character for one font request, as <see cref="FontLibrary.ForCodepoint"/> answers, kept
/// in a table for the alphabets most text is written in. Every character of every paragraph asks, and a lookup by
/// the request's family names costs a string hash each time; a paragraph's span asks its table instead.
/// </summary>
internal sealed class CodepointFaces(FontLibrary fonts, FontRequest request)
{
    // Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic and the punctuation block cover nearly all our text.
    private const int TableEnd = 0x800;
    private const int PunctuationStart = 0x2000;
    private const int PunctuationEnd = 0x2070;

    // Per character: 0 not asked yet, -1 no face, else the face's id plus one.
    private readonly short[] _table = new short[TableEnd + (PunctuationEnd - PunctuationStart)];

    /// <summary>The face that draws <paramref name="codepoint"/>, null if none can.</summary>
    public FontFace? For(int codepoint)
    {
        var slot = codepoint < TableEnd ? codepoint
            : codepoint is >= PunctuationStart and < PunctuationEnd ? TableEnd + codepoint - PunctuationStart
            : -1;
        if (slot < 0)
        {
            return fonts.ForCodepoint(request, codepoint);
        }
        var known = _table[slot];
        if (known != 0)
        {
            return known < 0 ? null : fonts.Face(known - 1);
        }
        var face = fonts.ForCodepoint(request, codepoint);
        _table[slot] = (short)(face is null ? -1 : face.Id + 1);
        return face;
    }
}
