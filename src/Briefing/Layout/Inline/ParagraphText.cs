using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Briefing.Text;
using Briefing.Text.Bidi;

namespace Briefing.Layout.Inline;

/// <summary>
/// The text of one paragraph prepared for line breaking: per character its style, resolved direction and face;
/// shapes words (or any range, to split an over-long word) into pieces.
/// </summary>
internal sealed class ParagraphText
{
    private const string Spaces = "                                ";

    private readonly string _text;
    private readonly int[] _span;
    private readonly TextStyle[] _styles;
    private readonly byte[] _level;
    // Per character the face's id plus one (0 for none): a paragraph keeps these until its pages are done, and
    // numbers cost the collector nothing to trace, where a reference per character does.
    private readonly ushort[] _face;
    private readonly TypesetContext _context;

    public ParagraphText(IReadOnlyList<InlineSpan> spans, TypesetContext context)
    {
        _context = context;
        _text = string.Concat(spans.Select(s => s.Text));
        _styles = spans.Select(s => s.Style).ToArray();
        _span = new int[_text.Length];
        var at = 0;
        for (var s = 0; s < spans.Count; s++)
        {
            var length = spans[s].Text.Length;
            _span.AsSpan(at, length).Fill(s);
            at += length;
        }
        BaseRightToLeft = BidiClass.FirstStrong(_text) == TextDirection.RightToLeft;
        _level = ResolveLevels();
        _face = new ushort[_text.Length];
        AssignFaces();
    }

    public string Text => _text;

    public bool BaseRightToLeft { get; }

    private Word[]? _words;

    /// <summary>The words shaped, once: a paragraph is broken for several widths (a table cell's narrowest and widest, then its own).</summary>
    public Word[] Words() =>
        _words ??= ShapeAll(BreakOpportunities.Words(_text, HyphenationPoints, _context.WordRanges));

    private Word[] ShapeAll(List<(int Start, int ContentEnd, int End, bool Forced, bool Hyphen)> ranges)
    {
        var words = new Word[ranges.Count];
        for (var i = 0; i < words.Length; i++)
        {
            var (start, contentEnd, end, forced, hyphen) = ranges[i];
            words[i] = Shape(start, contentEnd, end, forced, hyphen);
        }
        return words;
    }

    /// <summary>
    /// Shapes [start, contentEnd) as content and [contentEnd, end) as trailing whitespace (a newline is not drawn);
    /// with <paramref name="hyphen"/>, also the hyphen shown when a line ends after it.
    /// </summary>
    public Word Shape(int start, int contentEnd, int end, bool breakAfter, bool hyphen = false)
    {
        // Gathered in one list per paragraph and kept as an array of the exact length: every word of a long document
        // lives until its pages are done, and a list per word with room for four pieces doubled what a word kept.
        var pieces = _pieces;
        pieces.Clear();
        var i = start;
        while (i < contentEnd)
        {
            // Direction marks and embeddings have done their work in the levels, and a soft hyphen is drawn only
            // where a line breaks; they are neither drawn nor text.
            if (IsInvisible(i))
            {
                i += RuneLength(i);
                continue;
            }
            var j = i + RuneLength(i);
            while (j < contentEnd && _span[j] == _span[i] && _face[j] == _face[i] && _level[j] == _level[i] && !IsInvisible(j))
            {
                j += RuneLength(j);
            }
            pieces.Add(Piece(i, j, isSpace: false));
            i = j;
        }
        var spaceEnd = end;
        while (spaceEnd > contentEnd && _text[spaceEnd - 1] == '\n')
        {
            spaceEnd--;
        }
        if (spaceEnd > contentEnd)
        {
            pieces.Add(Piece(contentEnd, spaceEnd, isSpace: true));
        }
        return new Word(ImmutableCollectionsMarshal.AsImmutableArray(pieces.ToArray()), start, contentEnd, end, breakAfter, hyphen ? Hyphen(contentEnd) : null);
    }

    private readonly List<TextPiece> _pieces = [];
    private TextPiece? _space;
    private (FontFace Face, TextStyle Style, byte Level, TextPiece Piece)? _hyphen;

    // The hyphen in the face and style of the letter before the break. Its text is a soft hyphen, so that text taken
    // from the page reads the word whole (ISO 32000-1, 14.8.2.2.3). It is drawn with the glyph of U+2010 where the
    // font has one, so the PDF can map that glyph to the soft hyphen and leave the hyphen-minus of words like
    // "well-known" its own text.
    private TextPiece Hyphen(int at)
    {
        var before = at - 1;
        var style = _styles[_span[before]];
        var face = FaceAt(before) ?? _context.Fonts.Primary(style.Font);
        // The pieces never change, so the hyphen of the last hyphenation point serves the next one in the same face,
        // style and level.
        if (_hyphen is { } last && last.Face == face && ReferenceEquals(last.Style, style) && last.Level == _level[before])
        {
            return last.Piece;
        }
        var run = _context.Fonts.Shape(face, "\u2010", style.Size, false, style.Language);
        if (run.Glyphs is [0])
        {
            run = _context.Fonts.Shape(face, "-", style.Size, false, style.Language);
        }
        var piece = new TextPiece(run with { Text = "\u00AD" }, style, _level[before], IsSpace: false);
        _hyphen = (face, style, _level[before], piece);
        return piece;
    }

    // Where a word of letters in a language with patterns may take a hyphen: not in code, links or headings, not in
    // a word in capitals (an abbreviation), not in one with digits or inner punctuation, not in right-to-left text.
    private (int Offset, IReadOnlyList<int> Points) HyphenationPoints(int start, int end)
    {
        while (start < end && !char.IsLetterOrDigit(_text[start]))
        {
            start++;
        }
        while (end > start && !char.IsLetterOrDigit(_text[end - 1]))
        {
            end--;
        }
        if (end - start < 4)
        {
            return (start, []);
        }
        var style = _styles[_span[start]];
        if (style.Language is not { } language || !style.Hyphenate)
        {
            return (start, []);
        }
        var upper = 0;
        for (var i = start; i < end; i++)
        {
            if (!char.IsLetter(_text[i]) || _level[i] % 2 == 1 || _styles[_span[i]] is { Hyphenate: false })
            {
                return (start, []);
            }
            upper += char.IsUpper(_text[i]) ? 1 : 0;
        }
        if (upper > 1 || _context.Hyphenators.For(language) is not { } hyphenator)
        {
            return (start, []);
        }
        return (start, hyphenator.Points(_text.AsSpan(start, end - start)));
    }

    /// <summary>The first <paramref name="most"/> grapheme ends inside [start, end], for breaking a word wider than the line.</summary>
    public List<int> ClusterBoundaries(int start, int end, int most = int.MaxValue)
    {
        var result = new List<int>();
        var offset = start;
        while (offset < end && result.Count < most)
        {
            offset += StringInfo.GetNextTextElementLength(_text.AsSpan(offset, end - offset));
            result.Add(offset);
        }
        return result;
    }

    private TextPiece Piece(int start, int end, bool isSpace)
    {
        var style = _styles[_span[start]];
        var face = FaceAt(start) ?? _context.Fonts.Primary(style.Font);
        // The space after most words of a paragraph is one and the same piece: shaping is a function of the face, the
        // spaces' count and the style and level, so a match needs no lookup.
        if (isSpace && _space is { } same && same.Run.Face == face && same.Run.Text.Length == end - start
            && ReferenceEquals(same.Style, style) && same.Level == _level[start])
        {
            return same;
        }
        // Whitespace of any kind is drawn as plain spaces of the same count.
        var text = !isSpace ? _text.AsSpan(start, end - start)
            : end - start <= Spaces.Length ? Spaces.AsSpan(0, end - start) : new string(' ', end - start);
        var level = _level[start];
        var run = _context.Fonts.Shape(face, text, style.Size, level % 2 == 1, style.Language);
        if (isSpace)
        {
            return _space = new TextPiece(run, style, level, IsSpace: true);
        }
        return new TextPiece(run, style, level, IsSpace: false);
    }

    private FontFace? FaceAt(int i) => _face[i] == 0 ? null : _context.Fonts.Face(_face[i] - 1);

    private static ushort Id(FontFace face) => checked((ushort)(face.Id + 1));

    private int RuneLength(int i) => char.IsHighSurrogate(_text[i]) && i + 1 < _text.Length && char.IsLowSurrogate(_text[i + 1]) ? 2 : 1;

    private bool IsInvisible(int i) => _text[i] is BreakOpportunities.SoftHyphen or '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    // The full Unicode bidi algorithm, one paragraph per line of a block broken by hard line breaks, all at the
    // block's direction, so the lines of one block align alike.
    private byte[] ResolveLevels()
    {
        var levels = new byte[_text.Length];
        var paragraphLevel = BaseRightToLeft ? 1 : 0;
        var start = 0;
        while (start <= _text.Length)
        {
            var end = _text.IndexOf('\n', start);
            if (end < 0)
            {
                end = _text.Length;
            }
            BidiLines.Resolve(_text.AsSpan(start, end - start), paragraphLevel, levels.AsSpan(start, end - start));
            if (end < _text.Length)
            {
                levels[end] = (byte)paragraphLevel;
            }
            start = end + 1;
        }
        return levels;
    }

    private void AssignFaces()
    {
        FontFace? current = null;
        var currentSpan = -1;
        CodepointFaces? faces = null;
        FontRequest? facesFor = null;
        for (var i = 0; i < _text.Length; i++)
        {
            if (char.IsLowSurrogate(_text[i]) && i > 0)
            {
                _face[i] = _face[i - 1];
                continue;
            }
            var style = _styles[_span[i]];
            if (_span[i] != currentSpan)
            {
                current = null;
                currentSpan = _span[i];
            }
            var codepoint = Rune.TryGetRuneAt(_text, i, out var rune) ? rune.Value : 0xFFFD;
            if (codepoint is '\n' or ' ' or '\t')
            {
                _face[i] = Id(current ?? _context.Fonts.Primary(style.Font));
                continue;
            }
            var category = Rune.GetUnicodeCategory(rune);
            var joiner = codepoint is 0x200D or 0x200C or 0xFE0F or 0xFE0E;
            if (current is not null && (joiner || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
                || category is UnicodeCategory.Format))
            {
                _face[i] = Id(current);
                continue;
            }
            if (category is UnicodeCategory.Format or UnicodeCategory.Control)
            {
                _face[i] = Id(current ?? _context.Fonts.Primary(style.Font));
                continue;
            }
            if (faces is null || !ReferenceEquals(facesFor, style.Font))
            {
                // Looked up once per span: the request's key is a string, and hashing it per character costs more than the rest.
                faces = _context.Fonts.CodepointFaces(style.Font);
                facesFor = style.Font;
            }
            var face = faces.For(codepoint);
            if (face is null)
            {
                _context.MissingGlyph(codepoint);
                face = _context.Fonts.Primary(style.Font);
            }
            _face[i] = Id(face);
            current = face;
        }
    }
}
