using System.Runtime.InteropServices;

namespace Briefing.Layout.Inline;

/// <summary>
/// Optimal line breaking (Knuth and Plass, as in TeX): of all ways to break a paragraph, the one whose lines are
/// filled most evenly, with a cost for each hyphen and more for hyphens on consecutive lines. Justified text may
/// stretch a word space by half and shrink it by a third; ragged text fills its lines as evenly as it can within
/// a few ems. Each stretch between forced line breaks is broken on its own. A word wider than a whole line is cut
/// between graphemes first.
/// </summary>
internal static class LineBreaker
{
    // TeX's plain format values: \linepenalty, \hyphenpenalty, \doublehyphendemerits.
    private const double LinePenalty = 10;
    private const double HyphenPenalty = 50;
    private const double DoubleHyphenDemerits = 3000;
    private const double Infinitely = 10_000;

    // The most words of a stretch whose tables are kept on the stack (about 5 KB of it).
    private const int StackWords = 200;

    // How far ragged lines may fall short before they count as bad, in ems (TeX's \raggedright allows 2).
    private const double RaggedStretch = 3;

    public static List<TextLine> Break(ParagraphText text, float width, float lineHeight, bool justify = false)
    {
        var words = Fitted(text, text.Words(), width);
        var lines = new List<TextLine>();
        var from = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (!words[i].BreakAfter && i < words.Length - 1)
            {
                continue;
            }
            var breaks = Optimal(words, from, i + 1, width, justify);
            var start = from;
            foreach (var end in breaks)
            {
                lines.Add(Line(text, words, start, end, lineHeight, endsParagraph: end == i + 1));
                start = end;
            }
            from = i + 1;
        }
        return lines;
    }

    /// <summary>
    /// The width of the widest line when nothing but forced breaks ends a line: what the text needs not to wrap.
    /// The same sum, in the same order, as <see cref="Break"/> with unlimited width gives, without building the lines.
    /// </summary>
    public static float WidestUnbroken(ParagraphText text)
    {
        var widest = 0f;
        var line = 0.0;
        Word? previous = null;
        var words = text.Words();
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            for (var p = 0; previous is not null && p < previous.Pieces.Length; p++)
            {
                if (previous.Pieces[p].IsSpace)
                {
                    line += previous.Pieces[p].Width;
                }
            }
            for (var p = 0; p < word.Pieces.Length; p++)
            {
                if (!word.Pieces[p].IsSpace)
                {
                    line += word.Pieces[p].Width;
                }
            }
            previous = word;
            if (word.BreakAfter)
            {
                widest = Math.Max(widest, (float)line);
                line = 0;
                previous = null;
            }
        }
        return previous is null ? widest : Math.Max(widest, (float)line);
    }

    /// <summary>
    /// The ends (exclusive word indexes) of the lines of words [from, to), chosen by least total demerits: a dynamic
    /// programme over break points, looking back from each only as far as a line can reach.
    /// </summary>
    private static List<int> Optimal(Word[] words, int from, int to, float width, bool justify)
    {
        var count = to - from;
        if (FitsOnOneLine(words, from, to, width))
        {
            // The single line costs the least a line can cost, and any break adds another line's cost to it.
            return [to];
        }
        // Most paragraphs have a few dozen words: their tables live on the stack, not on the collector's heap.
        var onStack = count <= StackWords;
        Span<double> best = onStack ? stackalloc double[count + 1] : new double[count + 1];
        Span<int> previous = onStack ? stackalloc int[count + 1] : new int[count + 1];
        best.Fill(double.PositiveInfinity);
        best[0] = 0;
        var em = EmOf(words, from, to);
        // The inner loop reads each word's widths once per line it might end: read from arrays, not the words.
        Span<float> widths = onStack ? stackalloc float[count] : new float[count];
        Span<float> spaceWidths = onStack ? stackalloc float[count] : new float[count];
        Span<bool> hyphens = onStack ? stackalloc bool[count] : new bool[count];
        for (var i = 0; i < count; i++)
        {
            var word = words[from + i];
            widths[i] = word.ContentWidth + word.SpaceWidth;
            spaceWidths[i] = word.SpaceWidth;
            hyphens[i] = word.Hyphen is not null;
        }
        for (var b = 1; b <= count; b++)
        {
            var last = b == count;
            var end = words[from + b - 1];
            var hyphen = !last && end.Hyphen is not null;
            double natural = end.ContentWidth + (hyphen ? end.Hyphen!.Width : 0);
            double spaces = 0;
            var stretchy = justify && !last;
            for (var a = b - 1; a >= 0; a--)
            {
                if (a < b - 1)
                {
                    natural += widths[a];
                    spaces += spaceWidths[a];
                }
                var free = width - natural;
                double ratio;
                if (free >= -0.01)
                {
                    ratio = last ? 0 : stretchy ? (spaces > 0 ? free / (spaces / 2) : free < 0.01 ? 0 : Infinitely) : free / (RaggedStretch * em);
                }
                else
                {
                    ratio = stretchy && spaces > 0 ? free / (spaces / 3) : double.NegativeInfinity;
                }
                if (ratio < -1)
                {
                    if (a < b - 1)
                    {
                        // Starting earlier only makes the line fuller.
                        break;
                    }
                    // A line of one word that does not fit: taken only when nothing else can be.
                    ratio = 0;
                }
                var overfull = ratio == 0 && free < -0.01;
                var badness = Badness(ratio);
                var demerits = (LinePenalty + badness) * (LinePenalty + badness) + (hyphen ? HyphenPenalty * HyphenPenalty : 0);
                if (hyphen && a > 0 && hyphens[a - 1])
                {
                    demerits += DoubleHyphenDemerits;
                }
                if (overfull)
                {
                    demerits += Infinitely * Infinitely;
                }
                var total = best[a] + demerits;
                if (total < best[b])
                {
                    best[b] = total;
                    previous[b] = a;
                }
            }
        }
        var ends = new List<int>();
        for (var b = count; b > 0; b = previous[b])
        {
            ends.Add(from + b);
        }
        ends.Reverse();
        return ends;
    }

    // Whether the last-line candidate that starts at the stretch's first word fits, summed as the programme below
    // sums it (the last word's content, then each earlier word's content and space, from the end), so the two agree.
    private static bool FitsOnOneLine(Word[] words, int from, int to, float width)
    {
        double natural = words[to - 1].ContentWidth;
        for (var i = to - 2; i >= from; i--)
        {
            float both = words[i].ContentWidth + words[i].SpaceWidth;
            natural += both;
        }
        return width - natural >= -0.01;
    }

    // TeX's badness, 100 r³ capped at "infinitely bad". Every candidate line of every paragraph asks, and a cube
    // by Math.Pow costs a library call; past the cap (r above 4.65) the cube is not needed at all.
    private static double Badness(double ratio)
    {
        var r = Math.Abs(ratio);
        return r >= 5 ? Infinitely : Math.Min(Infinitely, 100 * (r * r * r));
    }

    // The size of the paragraph's first text, for the ragged allowance.
    private static double EmOf(Word[] words, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (words[i].Pieces.Length > 0)
            {
                return words[i].Pieces[0].Style.Size;
            }
        }
        return 10;
    }

    /// <summary>The words, with any wider than a line cut into pieces that fit, from the longest grapheme prefix on.</summary>
    /// <remarks>
    /// Each cut looks only as far ahead as a line can reach, and the rest of the word is shaped once, when it fits:
    /// a word of tens of thousands of characters costs time in proportion to its length, not to its square.
    /// </remarks>
    private static Word[] Fitted(ParagraphText text, Word[] words, float width)
    {
        var all = 0;
        while (all < words.Length && Fits(words[all], width))
        {
            all++;
        }
        if (all == words.Length)
        {
            return words;
        }
        var fitted = new List<Word>(words.Length);
        fitted.AddRange(words.AsSpan(0, all));
        foreach (var word in words.AsSpan(all))
        {
            var start = word.Start;
            while (true)
            {
                var rest = start == word.Start ? word : null;
                if (rest is not null && Fits(rest, width))
                {
                    fitted.Add(rest);
                    break;
                }

                // One grapheme (or none) cannot be cut: it stands on a line of its own, however wide.
                if (text.ClusterBoundaries(start, word.ContentEnd, 2).Count < 2)
                {
                    fitted.Add(rest ?? text.Shape(start, word.ContentEnd, word.End, word.BreakAfter, word.Hyphen is not null));
                    break;
                }

                var end = LongestFitting(text, start, word.ContentEnd, width);
                if (end == word.ContentEnd)
                {
                    // The rest fits, but perhaps not with the hyphen it ends with: then one more grapheme goes.
                    rest ??= text.Shape(start, word.ContentEnd, word.End, word.BreakAfter, word.Hyphen is not null);
                    if (Fits(rest, width))
                    {
                        fitted.Add(rest);
                        break;
                    }

                    end = LongestFitting(text, start, text.ClusterBoundaries(start, word.ContentEnd)[^2], width);
                }

                fitted.Add(text.Shape(start, end, end, false));
                start = end;
            }
        }
        return [.. fitted];
    }

    private static bool Fits(Word word, float width) => word.ContentWidth + (word.Hyphen?.Width ?? 0) <= width + 0.01f;

    /// <summary>The end of the longest grapheme prefix of [start, end) no wider than the line, at least one grapheme.</summary>
    private static int LongestFitting(ParagraphText text, int start, int end, float width)
    {
        bool FitsUpTo(int to) => text.Shape(start, to, to, false).ContentWidth <= width;

        // Graphemes are found in growing windows, so a cut near the start never walks the whole word.
        for (var window = 32; ; window *= 2)
        {
            var bounds = text.ClusterBoundaries(start, end, window);
            var reachesEnd = bounds[^1] == end;
            if (FitsUpTo(bounds[^1]))
            {
                if (reachesEnd)
                {
                    return end;
                }

                continue;
            }

            int lo = 0, hi = bounds.Count - 2, best = 0;
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                if (FitsUpTo(bounds[mid]))
                {
                    best = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }
            return bounds[best];
        }
    }

    /// <summary>
    /// The line of words [start, end): the pieces of a word cut at hyphenation points are shaped again as one where
    /// they share the line (kerning and ligatures across the cut), and a hyphen ends a line broken inside a word.
    /// </summary>
    private static TextLine Line(ParagraphText text, Word[] all, int start, int end, float lineHeight, bool endsParagraph)
    {
        var words = Joined(text, all, start, end);
        var count = 1;
        for (var w = 0; w < words.Length; w++)
        {
            count += words[w].Pieces.Length;
        }
        var pieces = new List<TextPiece>(count);
        var width = 0.0;
        for (var w = 0; w < words.Length; w++)
        {
            var wordPieces = words[w].Pieces;
            for (var p = 0; p < wordPieces.Length; p++)
            {
                // Whitespace at the end of a line is not drawn and does not count towards its width.
                if (wordPieces[p].IsSpace && w == words.Length - 1)
                {
                    continue;
                }
                pieces.Add(wordPieces[p]);
                width += wordPieces[p].Width;
            }
        }
        if (!endsParagraph && words[^1].Hyphen is { } hyphen)
        {
            pieces.Add(hyphen);
            width += hyphen.Width;
        }
        var (ascent, descent, height) = (0f, 0f, 0f);
        if (pieces.Count > 0)
        {
            foreach (var piece in pieces)
            {
                Extent(piece, lineHeight, ref ascent, ref descent, ref height);
            }
        }
        else
        {
            // A line of whitespace only keeps the height of its (undrawn) spaces.
            foreach (var word in words)
            {
                foreach (var piece in word.Pieces)
                {
                    Extent(piece, lineHeight, ref ascent, ref descent, ref height);
                }
            }
        }
        var natural = ascent + descent;
        var lead = Math.Max(0, height - natural);
        var lineHeightTotal = Math.Max(height, natural);
        // Summed in double, as Enumerable.Sum does.
        return new TextLine(ImmutableCollectionsMarshal.AsImmutableArray(pieces.ToArray()), (float)width, lineHeightTotal, lead / 2 + ascent, endsParagraph);
    }

    private static void Extent(TextPiece piece, float lineHeight, ref float ascent, ref float descent, ref float height)
    {
        var size = piece.Run.Size;
        // A raised run (superscript) reaches higher and less far down.
        ascent = Math.Max(ascent, piece.Run.Face.Ascent * size + piece.Style.BaselineShift);
        descent = Math.Max(descent, piece.Run.Face.Descent * size - piece.Style.BaselineShift);
        height = Math.Max(height, piece.Style.Size * lineHeight);
    }

    /// <summary>The words [start, end), those cut at hyphenation points joined again; the words themselves when none is.</summary>
    private static ReadOnlySpan<Word> Joined(ParagraphText text, Word[] all, int start, int end)
    {
        var cut = false;
        for (var i = start; i < end - 1 && !cut; i++)
        {
            cut = all[i].Hyphen is not null;
        }
        if (!cut)
        {
            return all.AsSpan(start, end - start);
        }
        var words = new List<Word>(end - start);
        for (var i = start; i < end; i++)
        {
            var first = i;
            while (i < end - 1 && all[i].Hyphen is not null)
            {
                i++;
            }
            words.Add(first == i ? all[i] : text.Shape(all[first].Start, all[i].ContentEnd, all[i].End, all[i].BreakAfter, all[i].Hyphen is not null));
        }
        return CollectionsMarshal.AsSpan(words);
    }
}
