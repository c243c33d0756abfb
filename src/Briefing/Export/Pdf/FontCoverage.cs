using System.Numerics;
using System.Text;
using Briefing.Layout.Pages;

namespace Briefing.Export.Pdf;

/// <summary>
/// The glyphs and characters a document draws with one font, gathered run by run into bit sets: every glyph id and
/// every character of the Basic Multilingual Plane has its bit, so a long document costs no hashing, and the sets
/// come out sorted. The bits come in blocks of 256, made when a block's first member is added: a document draws
/// from a few blocks of a font, and every document of a batch would otherwise clear 16 KB per font.
/// </summary>
internal sealed class FontCoverage
{
    private const int BlockWords = 4;

    private readonly ulong[]?[] _glyphs = new ulong[]?[65536 / 64 / BlockWords];
    private readonly ulong[]?[] _basic = new ulong[]?[65536 / 64 / BlockWords];
    private readonly SortedSet<int> _supplementary = [];

    public void Add(GlyphRunItem run)
    {
        // A run's glyphs and characters mostly fall in one block: the block in hand is kept from one to the next.
        var held = new Held(_glyphs);
        foreach (var glyph in run.Glyphs)
        {
            held.Set(glyph);
        }
        var text = run.Text.AsSpan();
        held = new Held(_basic);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsSurrogate(c))
            {
                held.Set(c);
                continue;
            }
            // As string.EnumerateRunes reads: a lone surrogate counts as U+FFFD.
            Rune.DecodeFromUtf16(text[i..], out var rune, out var consumed);
            if (rune.IsBmp)
            {
                held.Set(rune.Value);
            }
            else
            {
                _supplementary.Add(rune.Value);
            }
            i += consumed - 1;
        }
    }

    private struct Held(ulong[]?[] blocks)
    {
        private int _index = -1;
        private ulong[]? _block;

        public void Set(int value)
        {
            if (value >> 8 != _index)
            {
                _index = value >> 8;
                _block = blocks[_index] ??= new ulong[BlockWords];
            }
            _block![(value >> 6) & (BlockWords - 1)] |= 1UL << value;
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

    private static int Count(ulong[]?[] blocks)
    {
        var count = 0;
        foreach (var block in blocks)
        {
            foreach (var word in block ?? [])
            {
                count += BitOperations.PopCount(word);
            }
        }
        return count;
    }

    private static IEnumerable<int> Members(ulong[]?[] blocks)
    {
        for (var b = 0; b < blocks.Length; b++)
        {
            if (blocks[b] is not { } block)
            {
                continue;
            }
            for (var w = 0; w < BlockWords; w++)
            {
                for (var word = block[w]; word != 0; word &= word - 1)
                {
                    yield return (b << 8) + (w << 6) + BitOperations.TrailingZeroCount(word);
                }
            }
        }
    }
}
