using Briefing.Layout.Elements;
using Briefing.Layout.Pages;
using Briefing.Text;
using static System.Runtime.InteropServices.ImmutableCollectionsMarshal;

namespace Briefing.Layout.Inline;

/// <summary>Places one line's pieces on the page: visual (bidi) order, alignment and justification, inline decorations.</summary>
internal static class LinePainter
{
    public static void Paint(PageCanvas canvas, TextLine line, float x, float top, float width, TextAlign align, bool rightToLeft, StructureTag tag)
    {
        if (line.Pieces.Length == 0)
        {
            return;
        }
        var spaces = 0;
        var mixed = false;
        for (var p = 0; p < line.Pieces.Length; p++)
        {
            spaces += line.Pieces[p].IsSpace ? 1 : 0;
            mixed |= line.Pieces[p].Level != 0;
        }
        // A line all at level 0 is drawn in logical order; only lines with right-to-left text are reordered.
        int[]? order = mixed ? BidiOrder.Visual(line.Pieces.Select(p => p.Level).ToArray()) : null;
        var effective = align == TextAlign.Start ? (rightToLeft ? TextAlign.Right : TextAlign.Left) : align;
        if (effective == TextAlign.Justify && (line.EndsParagraph || spaces == 0))
        {
            effective = rightToLeft ? TextAlign.Right : TextAlign.Left;
        }
        // A justified line may be a little wider than the measure: its spaces shrink.
        var free = effective == TextAlign.Justify ? width - line.Width : Math.Max(0, width - line.Width);
        var pen = effective switch
        {
            TextAlign.Right => x + free,
            TextAlign.Center => x + free / 2,
            _ => x,
        };
        var extra = effective == TextAlign.Justify ? free / spaces : 0;
        var baseline = top + line.Baseline;
        // Places come from the visual order, but items are added in logical order: a tagged PDF reads its content in
        // the order it is drawn, so a line mixing right-to-left and left-to-right text reads as it was written.
        var places = new float[line.Pieces.Length];
        for (var k = 0; k < places.Length; k++)
        {
            var index = order?[k] ?? k;
            var piece = line.Pieces[index];
            places[index] = pen;
            pen += piece.Run.Width + (piece.IsSpace ? extra : 0);
        }
        var lastLink = -1;
        for (var index = 0; index < line.Pieces.Length; index++)
        {
            pen = places[index];
            var piece = line.Pieces[index];
            var run = piece.Run;
            var style = piece.Style;
            var y = baseline - style.BaselineShift;
            if (style.Background is { } background)
            {
                // Spaces inside the span are shaded too, so a code span reads as one piece.
                var ascent = run.Face.Ascent * run.Size;
                var descent = run.Face.Descent * run.Size;
                var extraWidth = piece.IsSpace ? extra : 0;
                canvas.Add(new FillItem(tag, pen - 0.5f, y - ascent, run.Width + extraWidth + 1, ascent + descent, background));
            }
            // The shaped run is shared through the cache and never changed, so the item can hold its arrays.
            canvas.Add(new GlyphRunItem(tag, pen, y, run.Face.Id, run.Size, style.Colour, AsImmutableArray(run.Glyphs), AsImmutableArray(run.GlyphX),
                AsImmutableArray(run.YOffsets), run.Text, AsImmutableArray(run.Clusters), run.Width));
            var pieceWidth = run.Width + (piece.IsSpace ? extra : 0);
            // A space between two underlined words is underlined too, so a link reads as one stroke; one at the end is not.
            if (style.Underline && (!piece.IsSpace || UnderlinedWordFollows(line, index)))
            {
                var under = y + run.Size * 0.14f;
                canvas.Add(new RuleItem(tag, pen, under, pen + pieceWidth, under, run.Size * 0.06f, style.Colour));
            }
            if (style.Strikethrough && !piece.IsSpace)
            {
                var middle = y - run.Size * 0.3f;
                canvas.Add(new RuleItem(tag, pen, middle, pen + run.Width, middle, run.Size * 0.06f, style.Colour));
            }
            if (style.Note != 0)
            {
                // Where the note's number leads back to: its first mark (the exporters keep the first of a name).
                canvas.Add(new DestinationItem(tag, pen, top, "fnref-" + style.Note.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            if (style.Link is { Length: > 0 } link)
            {
                var internalLink = link.StartsWith('#');
                var item = new LinkItem(tag, pen, top, pieceWidth, line.Height, internalLink ? null : link, internalLink ? link[1..] : null);
                // Words of one link on one line make one clickable area, not one per word; in right-to-left text the
                // next word stands to the left.
                if (lastLink >= 0 && canvas.Items[lastLink] is LinkItem previous && previous.Uri == item.Uri
                    && previous.Destination == item.Destination && Math.Abs(previous.X + previous.Width - pen) < 0.01f)
                {
                    canvas.Items[lastLink] = previous with { Width = previous.Width + pieceWidth };
                }
                else if (lastLink >= 0 && canvas.Items[lastLink] is LinkItem before && before.Uri == item.Uri
                    && before.Destination == item.Destination && Math.Abs(pen + pieceWidth - before.X) < 0.01f)
                {
                    canvas.Items[lastLink] = before with { X = pen, Width = before.Width + pieceWidth };
                }
                else
                {
                    lastLink = canvas.Items.Count;
                    canvas.Add(item);
                }
            }
        }
    }

    private static bool UnderlinedWordFollows(TextLine line, int index) =>
        index > 0 && index + 1 < line.Pieces.Length && line.Pieces[index + 1] is { IsSpace: false, Style.Underline: true };
}
