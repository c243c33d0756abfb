using System.Numerics;
using System.Text;
using Briefing.Layout.Pages;

namespace Briefing.Export.Pdf;

/// <summary>
/// The glyphs and characters a document draws with one font, gathered run by run into bit sets: every glyph id and
/// every character of the Basic Multilingual Plane has its bit, so a long document costs no hashing, and the sets
/// come out sorted.
/// </summary>
internal sealed class FontCoverage
{
    private readonly ulong[] _glyphs = new ulong[65536 / 64];
    private readonly ulong[] _basic = new ulong[65536 / 64];
    private readonly SortedSet<int> _supplementary = [];

    public void Add(GlyphRunItem run)
    {
        foreach (var glyph in run.Glyphs)
        {
            _glyphs[glyph >> 6] |= 1UL << glyph;
        }
        var text = run.Text.AsSpan();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsSurrogate(c))
            {
                _basic[c >> 6] |= 1UL << c;
                continue;
            }
            // As string.EnumerateRunes reads: a lone surrogate counts as U+FFFD.
            Rune.DecodeFromUtf16(text[i..], out var rune, out var consumed);
            if (rune.IsBmp)
            {
                _basic[rune.Value >> 6] |= 1UL << rune.Value;
            }
            else
            {
                _supplementary.Add(rune.Value);
            }
            i += consumed - 1;
        }
    }

    public ushort[] Glyphs()
    {
        var glyphs = new ushort[Count(_glyphs)];
        var at = 0;
        foreach (var value in Members(_glyphs))
        {
            glyphs[at++] = (ushort)value;
        }
        return glyphs;
    }

    public int[] Codepoints()
    {
        var codepoints = new int[Count(_basic) + _supplementary.Count];
        var at = 0;
        foreach (var value in Members(_basic))
        {
            codepoints[at++] = value;
        }
        foreach (var value in _supplementary)
        {
            codepoints[at++] = value;
        }
        return codepoints;
    }

    private static int Count(ulong[] bits)
    {
        var count = 0;
        foreach (var word in bits)
        {
            count += BitOperations.PopCount(word);
        }
        return count;
    }

    private static IEnumerable<int> Members(ulong[] bits)
    {
        for (var w = 0; w < bits.Length; w++)
        {
            for (var word = bits[w]; word != 0; word &= word - 1)
            {
                yield return (w << 6) + BitOperations.TrailingZeroCount(word);
            }
        }
    }
}
