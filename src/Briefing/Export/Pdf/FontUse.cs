using System.Text;
using Briefing.Layout.Pages;
using Briefing.Text;

namespace Briefing.Export.Pdf;

/// <summary>
/// One font as the PDF uses it: the subset embedded, its resource name, the code (CID) drawn for each glyph of the
/// layout, and the text each code stands for, which becomes the ToUnicode map. The first text seen for a glyph wins;
/// where a glyph stands for other text elsewhere, or a cluster has several glyphs, the text writer adds
/// /ActualText instead.
/// </summary>
internal sealed class FontUse
{
    private readonly PreparedFont _prepared;
    private readonly Dictionary<int, string> _unicode = [];
    // Every glyph drawn asks for its code's text: a subset's codes are few and dense, so an array answers them.
    private const int MaxCodesByIndex = 4096;
    private readonly string?[] _byCode;

    public FontUse(EmbeddedFont font, string resourceName, ushort[] glyphs, int[] codepoints)
    {
        Font = font;
        ResourceName = resourceName;
        _prepared = font.Subsets.Prepared(glyphs, codepoints, () => PreparedFont.Make(font, glyphs, codepoints));
        _byCode = new string?[Program.Widths.Length <= MaxCodesByIndex ? Program.Widths.Length : 0];
    }

    public EmbeddedFont Font { get; }

    public string ResourceName { get; }

    public FontProgram Program => _prepared.Program;

    /// <summary>The /W array of the font's CIDFont, the same bytes in every document that draws the same glyphs.</summary>
    public byte[] Widths => _prepared.Widths;

    public IReadOnlyDictionary<int, string> Unicode => _unicode;

    /// <summary>The embedded font file, zlib-compressed (kept with a subset, which is cut once and written often).</summary>
    public byte[] CompressedProgram => _prepared.Subset?.Compressed ?? PdfFile.Compress(Program.Data);

    /// <summary>The ToUnicode map as <paramref name="file"/> compresses it, made once for a subset that writes the same map again.</summary>
    public byte[] CompressedToUnicode(PdfFile file)
    {
        var map = ToUnicodeCMap.Create(_unicode);
        if (_prepared.Subset is null)
        {
            return file.Deflate(map);
        }
        var copy = map.ToArray();
        return _prepared.Subset.CompressedOnce($"ToUnicode {file.Level}", copy, () => file.Deflate(copy));
    }

    /// <summary>The code of the font's space glyph, if it has one.</summary>
    public int? SpaceCode => _prepared.SpaceCode;

    /// <summary>The code drawn for a glyph of the whole font: its id in the subset, which Identity-H maps one to one.</summary>
    public int Code(ushort glyph) => _prepared.Subset is null ? glyph : _prepared.Subset.NewGlyph(glyph);

    /// <summary>Advance of a code in thousandths of an em, as the /W array states it.</summary>
    public float Width(int code) => code < Program.Widths.Length ? Program.Widths[code] : 0f;

    /// <summary>Records that <paramref name="code"/> shows <paramref name="text"/>; false when it already shows other text.</summary>
    public bool TryMap(int code, ReadOnlySpan<char> text)
    {
        var indexed = (uint)code < (uint)_byCode.Length;
        if ((indexed ? _byCode[code] : _unicode.GetValueOrDefault(code)) is { } known)
        {
            return text.SequenceEqual(known);
        }
        var value = text.ToString();
        _unicode[code] = value;
        if (indexed)
        {
            _byCode[code] = value;
        }
        return true;
    }

    /// <summary>The character a glyph has in the font's own character map, for glyphs of a cluster of several.</summary>
    public string? CmapText(ushort glyph) => _prepared.CmapReverse.TryGetValue(glyph, out var codepoint) ? char.ConvertFromUtf32(codepoint) : null;

    /// <summary>A subset's tag (ISO 32000-1, 9.6.4): six capitals derived from what the subset holds, so it is stable.</summary>
    public string BaseFontName()
    {
        var name = new StringBuilder();
        if (Program.PostScriptName is { } own)
        {
            name.Append(own);
        }
        else
        {
            foreach (var c in Path.GetFileNameWithoutExtension(Font.Name))
            {
                if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
                {
                    name.Append(c);
                }
            }
        }
        if (_prepared.Subset is null)
        {
            return name.ToString();
        }
        var hash = _prepared.Subset.Sha256;
        var tag = new char[6];
        for (var i = 0; i < 6; i++)
        {
            tag[i] = (char)('A' + hash[i] % 26);
        }
        return new string(tag) + "+" + name;
    }
}
