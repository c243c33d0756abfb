using Briefing.Layout.Inline;
using Briefing.Layout.Pages;
using Briefing.Text.Bidi;

namespace Briefing.Layout.Elements;

/// <summary>
/// A paragraph (or heading): lines broken for the available width, split between pages without leaving
/// a single first line at the bottom (orphan) or a single last line at the top (widow) when it can be helped.
/// With a <paramref name="foot"/>, a line that cites footnotes is placed only where its notes fit at the page foot.
/// </summary>
internal sealed class TextBlock(ParagraphText text, TextAlign align, float lineHeight, StructureTag tag, HeadingAnchor? anchor = null, PageFoot? foot = null) : IElement
{
    /// <summary>The most lines of blank space at a page foot that avoiding a widow or an orphan is worth.</summary>
    private const int Blank = 4;

    private float _width = -1;
    private List<TextLine> _lines = [];
    private Footnote[]?[]? _cited;
    private int _next;

    /// <summary>Where the text of the last line drawn starts and ends, and its baseline, in page coordinates.</summary>
    public (float Left, float Right, float Baseline)? LastLine { get; private set; }

    public SpacePlan Measure(Size available)
    {
        var lines = Lines(available.Width);
        if (_next >= lines.Count)
        {
            return SpacePlan.Empty;
        }
        var (count, notes) = Fitting(lines, available);
        if (count == 0)
        {
            return SpacePlan.Wrap(_cited is null ? "a line of the paragraph does not fit" : "a line of the paragraph and its footnotes do not fit", tag.NodeId);
        }
        var height = Height(lines, count);
        return _next + count == lines.Count ? SpacePlan.Full(available.Width, height, notes) : SpacePlan.Partial(available.Width, height, notes);
    }

    public void Draw(PageCanvas canvas, float x, float y, Size available)
    {
        var lines = Lines(available.Width);
        var (count, _) = Fitting(lines, available);
        if (_next == 0 && count > 0 && anchor is not null)
        {
            canvas.Add(new DestinationItem(tag, x, y, anchor.Destination));
            canvas.Outline.PageOf.TryAdd(anchor.Destination, canvas.PageIndex);
            if (anchor.Level > 0)
            {
                canvas.Outline.Entries.Add(new OutlineEntry(anchor.Level, BidiScope.Closed(anchor.Title), canvas.PageIndex, y, anchor.Destination));
            }
        }
        var top = y;
        for (var i = _next; i < _next + count; i++)
        {
            LinePainter.Paint(canvas, lines[i], x, top, available.Width, align, text.BaseRightToLeft, tag);
            var right = x + LineRight(lines[i], available.Width);
            LastLine = (right - lines[i].Width, right, top + lines[i].Baseline);
            top += lines[i].Height;
            foreach (var note in _cited?[i] ?? [])
            {
                canvas.Cite(note);
            }
        }
        _next += count;
    }

    public (float Min, float Max) ContentWidths()
    {
        var min = NarrowestUnbroken();
        var max = LineBreaker.WidestUnbroken(text);
        return (min, Math.Max(min, max));
    }

    // The widest word, whole: a table gives a cell that much before its words are hyphenated.
    private float NarrowestUnbroken()
    {
        var widest = 0f;
        var word = 0f;
        foreach (var piece in text.Words())
        {
            word += piece.ContentWidth;
            if (piece.Hyphen is null)
            {
                widest = Math.Max(widest, word);
                word = 0;
            }
        }
        return Math.Max(widest, word);
    }

    private float LineRight(TextLine line, float width)
    {
        var free = Math.Max(0, width - line.Width);
        var effective = align == TextAlign.Start ? (text.BaseRightToLeft ? TextAlign.Right : TextAlign.Left) : align;
        return effective switch
        {
            TextAlign.Right => width,
            TextAlign.Center => free / 2 + line.Width,
            TextAlign.Justify when !line.EndsParagraph => width,
            _ => line.Width,
        };
    }

    /// <summary>How many of the lines left fit, and the room their footnotes add at the page foot.</summary>
    private (int Count, float Notes) Fitting(List<TextLine> lines, Size available)
    {
        var count = 0;
        var used = 0f;
        var notes = 0f;
        List<float>? claims = null;
        HashSet<Footnote>? counted = null;
        while (_next + count < lines.Count && used + notes + lines[_next + count].Height <= available.Height + 0.01f)
        {
            var line = _next + count;
            if (foot is not null && _cited?[line] is { } cited)
            {
                var room = available.Height - used - notes - lines[line].Height;
                if (foot.Claim(cited, available.Notes + notes, room, available.NotesFull, counted ??= []) is not { } claim)
                {
                    break;
                }
                notes += claim;
            }
            if (_cited is not null)
            {
                (claims ??= []).Add(notes);
            }
            used += lines[line].Height;
            count++;
        }
        var fitting = Keep(count, lines.Count - _next);
        if (fitting < count && claims is not null && Freed(lines, claims, fitting, count) > Blank * lines[_next + fitting].Height)
        {
            // The lines a widow or orphan rule would move on take their notes along: the page would be left
            // emptier than a widow or orphan costs (a note that starts below them and goes on fills the page).
            fitting = count;
        }
        return (fitting, fitting == 0 || claims is null ? 0 : claims[fitting - 1]);
    }

    /// <summary>The room moving the lines from <paramref name="fitting"/> to <paramref name="count"/> on frees: their height and their notes'.</summary>
    private float Freed(List<TextLine> lines, List<float> claims, int fitting, int count)
    {
        var freed = claims[count - 1] - (fitting == 0 ? 0 : claims[fitting - 1]);
        for (var i = _next + fitting; i < _next + count; i++)
        {
            freed += lines[i].Height;
        }
        return freed;
    }

    private int Keep(int count, int remaining)
    {
        if (count == remaining)
        {
            return count;
        }
        // Orphan: the first line alone at the bottom of a page.
        if (_next == 0 && count == 1)
        {
            return 0;
        }
        // Widow: the last line alone at the top of the next page. Give it a companion if two lines stay behind,
        // else move the whole paragraph.
        if (remaining - count == 1)
        {
            return count >= 3 ? count - 1 : _next == 0 ? 0 : count;
        }
        return count;
    }

    private float Height(List<TextLine> lines, int count)
    {
        var h = 0f;
        for (var i = _next; i < _next + count; i++)
        {
            h += lines[i].Height;
        }
        return h;
    }

    private List<TextLine> Lines(float width)
    {
        if (Math.Abs(width - _width) > 0.001f)
        {
            _width = width;
            _lines = LineBreaker.Break(text, width, lineHeight, justify: align == TextAlign.Justify);
            _cited = foot is null ? null : Cited(_lines, foot);
        }
        return _lines;
    }

    /// <summary>Per line, the notes its reference marks cite; null when no line cites one.</summary>
    private static Footnote[]?[]? Cited(List<TextLine> lines, PageFoot foot)
    {
        Footnote[]?[]? cited = null;
        for (var i = 0; i < lines.Count; i++)
        {
            List<Footnote>? notes = null;
            foreach (var piece in lines[i].Pieces)
            {
                if (piece.Style.Note > 0)
                {
                    foreach (var note in foot.Cites(piece.Style.Note))
                    {
                        if (!(notes?.Contains(note) ?? false))
                        {
                            (notes ??= []).Add(note);
                        }
                    }
                }
            }
            if (notes is not null)
            {
                cited ??= new Footnote[]?[lines.Count];
                cited[i] = notes.ToArray();
            }
        }
        return cited;
    }
}
