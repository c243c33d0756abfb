namespace Briefing.Layout.Inline;

/// <summary>
/// Greedy line filling: words go on the line while their content fits (trailing whitespace may hang over the
/// edge); a word wider than a whole line is cut between graphemes.
/// </summary>
internal static class LineBreaker
{
    public static List<TextLine> Break(ParagraphText text, float width, float lineHeight)
    {
        var lines = new List<TextLine>();
        var current = new List<Word>();
        var used = 0f;
        var words = text.Words();
        var next = 0;
        // The rest of a word cut because it was wider than the line; it goes before words[next].
        Word? pending = null;
        while (pending is not null || next < words.Count)
        {
            var word = pending ?? words[next++];
            pending = null;
            if (current.Count > 0 && used + word.ContentWidth > width + 0.01f)
            {
                lines.Add(Line(current, lineHeight, endsParagraph: false));
                current = [];
                used = 0;
            }
            if (current.Count == 0 && word.ContentWidth > width + 0.01f)
            {
                var (head, tail) = Split(text, word, width);
                if (tail is not null)
                {
                    lines.Add(Line([head], lineHeight, endsParagraph: false));
                    pending = tail;
                    continue;
                }
            }
            current.Add(word);
            used += word.ContentWidth + word.SpaceWidth;
            if (word.BreakAfter)
            {
                lines.Add(Line(current, lineHeight, endsParagraph: true));
                current = [];
                used = 0;
            }
        }
        if (current.Count > 0)
        {
            lines.Add(Line(current, lineHeight, endsParagraph: true));
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
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            for (var p = 0; previous is not null && p < previous.Pieces.Count; p++)
            {
                if (previous.Pieces[p].IsSpace)
                {
                    line += previous.Pieces[p].Width;
                }
            }
            for (var p = 0; p < word.Pieces.Count; p++)
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

    /// <summary>The longest grapheme prefix that fits (at least one grapheme), and the rest.</summary>
    private static (Word Head, Word? Tail) Split(ParagraphText text, Word word, float width)
    {
        var bounds = text.ClusterBoundaries(word.Start, word.ContentEnd);
        if (bounds.Count < 2)
        {
            return (word, null);
        }
        int lo = 0, hi = bounds.Count - 2;
        var best = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var candidate = text.Shape(word.Start, bounds[mid], bounds[mid], false);
            if (candidate.ContentWidth <= width)
            {
                best = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        var head = text.Shape(word.Start, bounds[best], bounds[best], false);
        var tail = text.Shape(bounds[best], word.ContentEnd, word.End, word.BreakAfter);
        return (head, tail);
    }

    private static TextLine Line(List<Word> words, float lineHeight, bool endsParagraph)
    {
        var pieces = new List<TextPiece>();
        var width = 0.0;
        for (var w = 0; w < words.Count; w++)
        {
            var wordPieces = words[w].Pieces;
            for (var p = 0; p < wordPieces.Count; p++)
            {
                // Whitespace at the end of a line is not drawn and does not count towards its width.
                if (wordPieces[p].IsSpace && w == words.Count - 1)
                {
                    continue;
                }
                pieces.Add(wordPieces[p]);
                width += wordPieces[p].Width;
            }
        }
        var ascent = 0f;
        var descent = 0f;
        var height = 0f;
        foreach (var piece in pieces.Count > 0 ? pieces : words.SelectMany(w => w.Pieces))
        {
            var size = piece.Run.Size;
            // A raised run (superscript) reaches higher and less far down.
            ascent = Math.Max(ascent, piece.Run.Face.Ascent * size + piece.Style.BaselineShift);
            descent = Math.Max(descent, piece.Run.Face.Descent * size - piece.Style.BaselineShift);
            height = Math.Max(height, piece.Style.Size * lineHeight);
        }
        var natural = ascent + descent;
        var lead = Math.Max(0, height - natural);
        var lineHeightTotal = Math.Max(height, natural);
        // Summed in double, as Enumerable.Sum does.
        return new TextLine(pieces, (float)width, lineHeightTotal, lead / 2 + ascent, endsParagraph);
    }
}
