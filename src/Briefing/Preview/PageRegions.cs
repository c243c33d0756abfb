using System.Text;
using Briefing.Layout.Pages;

namespace Briefing.Preview;

/// <summary>Gathers a page's glyph runs into the blocks they belong to, each with the rectangle that holds it.</summary>
public static class PageRegions
{
    // Glyph runs carry a baseline; a line's ink reaches about this far above and below it, in ems.
    private const float Ascent = 0.9f;
    private const float Descent = 0.3f;

    public static IReadOnlyList<PageRegion> Of(LaidOutPage page, int pageIndex, SheetPlaces places, BlockSources sources)
    {
        var blocks = new Dictionary<StructureTag, Block>(ReferenceEqualityComparer.Instance);
        var order = new List<StructureTag>();
        foreach (var item in page.Items)
        {
            if (item is not GlyphRunItem run || run.Tag.Role == BlockRole.Artifact) continue;
            var tag = Clickable(run.Tag);
            if (!blocks.TryGetValue(tag, out var block))
            {
                block = new Block();
                blocks.Add(tag, block);
                order.Add(tag);
            }

            block.Add(run);
        }

        return order.Select((tag, i) =>
        {
            var block = blocks[tag];
            var text = block.Text();
            var (line, template) = sources.Of(tag.NodeId);
            return new PageRegion($"p{pageIndex}-{i}", tag.NodeId, line, template, tag.Role.ToString(), tag.Level,
                block.Left, block.Top, block.Right - block.Left, block.Bottom - block.Top, text, places.ShownIn(text));
        }).ToList();
    }

    // A paragraph inside a list item or a table cell is clicked as the item or the cell.
    private static StructureTag Clickable(StructureTag tag)
    {
        for (var t = tag; t is not null; t = t.Parent)
        {
            if (t.Role is BlockRole.ListItem or BlockRole.TableCell or BlockRole.TableHeaderCell) return t;
        }

        return tag;
    }

    private sealed class Block
    {
        private readonly StringBuilder text = new();
        private float lastBaseline = float.NaN;

        public float Left { get; private set; } = float.MaxValue;
        public float Top { get; private set; } = float.MaxValue;
        public float Right { get; private set; } = float.MinValue;
        public float Bottom { get; private set; } = float.MinValue;

        public void Add(GlyphRunItem run)
        {
            Left = Math.Min(Left, run.X);
            Right = Math.Max(Right, run.X + run.Width);
            Top = Math.Min(Top, run.Baseline - run.Size * Ascent);
            Bottom = Math.Max(Bottom, run.Baseline + run.Size * Descent);
            // Runs of one line follow on; a new baseline is a new line, read as a space unless the line ends in a dash.
            if (text.Length > 0 && run.Baseline != lastBaseline && text[^1] == '\u00AD')
            {
                // A word hyphenated at the line end: its two parts are one word.
                text.Length--;
            }
            else if (text.Length > 0 && run.Baseline != lastBaseline && !char.IsWhiteSpace(text[^1]) && text[^1] is not ('-' or '\u2010' or '\u2013' or '\u2014'))
            {
                text.Append(' ');
            }

            text.Append(run.Text);
            lastBaseline = run.Baseline;
        }

        // A list item's marker is drawn by the layout, not written by the template or the fact sheet.
        public string Text() => text.ToString().TrimStart('\u2022', '\u25E6', '\u25AA', '\u2013', ' ').Trim();
    }
}
