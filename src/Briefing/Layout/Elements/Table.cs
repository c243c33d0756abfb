using Briefing.Layout.Pages;

namespace Briefing.Layout.Elements;

/// <summary>
/// Rows of cells. Breaks between rows and repeats the header rows on each page; a row taller than a whole page
/// is split across pages rather than lost.
/// </summary>
internal sealed class Table(IReadOnlyList<TableRowSpec> rows, int columns, TableLook look, float pageBodyHeight, IReadOnlyList<ColumnWidth>? asked = null, int nodeId = 0) : IElement
{
    // A table of header rows only (a pipe table without body rows) is drawn as rows of its own, once.
    private readonly bool _headerOnly = rows.All(r => r.IsHeader);
    private readonly List<TableRowSpec> _header = rows.All(r => r.IsHeader) ? [] : rows.Where(r => r.IsHeader).ToList();
    private readonly List<IElement[]> _body = rows.Where(r => !r.IsHeader || rows.All(r => r.IsHeader)).Select(r => r.Cells()).ToList();
    private List<IElement[]>? _headerCells;
    private float[]? _widths;
    private float _forWidth = -1;
    private int _next;

    public SpacePlan Measure(Size available) => Plan(available, forDrawing: false).Result;

    public void Draw(PageCanvas canvas, float x, float y, Size available)
    {
        var (rowsHere, result) = Plan(available, forDrawing: true);
        if (result.Kind is SpacePlanKind.Empty or SpacePlanKind.Wrap)
        {
            return;
        }
        var widths = Widths(available.Width);
        var top = y;
        Rule(canvas, x, top, available.Width, look.RuleWidth * 1.5f);
        var header = _headerCells ?? _header.Select(h => h.Cells()).ToList();
        _headerCells = null;
        foreach (var cells in header)
        {
            var spaces = new Size[Math.Min(cells.Length, widths.Length)];
            var (h, _, _) = RowHeight(cells, widths, Size.Unbounded(0), spaces);
            if (look.HeaderBackground is { A: > 0 } fill)
            {
                canvas.Add(new FillItem(StructureTag.Artifact, x, top, available.Width, h, fill));
            }
            DrawRow(canvas, cells, widths, x, top, spaces);
            top += h;
            Rule(canvas, x, top, available.Width, look.RuleWidth * 1.5f);
        }
        foreach (var (index, height, spaces) in rowsHere)
        {
            if (_headerOnly && look.HeaderBackground is { A: > 0 } headerFill)
            {
                canvas.Add(new FillItem(StructureTag.Artifact, x, top, available.Width, height, headerFill));
            }
            DrawRow(canvas, _body[index], widths, x, top, spaces);
            top += height;
            var last = index == _body.Count - 1;
            var weight = last ? look.RuleWidth * 1.5f : look.RuleWidth;
            Rule(canvas, x, top, available.Width, weight);
        }
        if (rowsHere.Count > 0)
        {
            var (lastIndex, _, _) = rowsHere[^1];
            _next = RowDone(_body[lastIndex], widths) ? lastIndex + 1 : lastIndex;
        }
    }

    // `rule-width: 0` is a table without rules: a zero-width line would still be drawn as the thinnest line a device can show.
    private void Rule(PageCanvas canvas, float x, float y, float width, float weight)
    {
        if (weight > 0)
        {
            canvas.Add(new RuleItem(StructureTag.Artifact, x, y, x + width, y, weight, look.RuleColour));
        }
    }

    public (float Min, float Max) ContentWidths()
    {
        var (min, max) = CellWidths();
        var gaps = look.ExtraGap * (columns - 1);
        return (min.Sum() + gaps, max.Sum() + gaps);
    }

    // A row is planned (and later drawn) with the room its cells' footnotes take at the page foot.
    private (List<(int Index, float Height, Size[] Spaces)> Rows, SpacePlan Result) Plan(Size available, bool forDrawing)
    {
        var placed = new List<(int, float, Size[])>();
        if (_next >= _body.Count)
        {
            return (placed, SpacePlan.Empty);
        }
        var widths = Widths(available.Width);
        _headerCells ??= _header.Select(h => h.Cells()).ToList();
        var headerHeight = _headerCells.Sum(c => RowHeight(c, widths, Size.Unbounded(0), null).Height);
        var used = headerHeight;
        var notes = 0f;
        if (used > available.Height)
        {
            return (placed, SpacePlan.Wrap("the table's header row does not fit", nodeId));
        }
        for (var i = _next; i < _body.Count; i++)
        {
            var room = available with { Height = available.Height - used - notes, Notes = available.Notes + notes };
            var spaces = forDrawing ? new Size[Math.Min(_body[i].Length, widths.Length)] : [];
            var (height, done, rowNotes) = RowHeight(_body[i], widths, room, forDrawing ? spaces : null);
            if (done && height + rowNotes <= room.Height + 0.01f)
            {
                placed.Add((i, height, spaces));
                used += height;
                notes += rowNotes;
                continue;
            }
            var fitsOnAPage = RowHeight(_body[i], widths, new Size(available.Width, pageBodyHeight - headerHeight), null).Done;
            if (placed.Count == 0 && !fitsOnAPage && height > 0)
            {
                placed.Add((i, height, spaces));
                used += height;
                notes += rowNotes;
                return (placed, SpacePlan.Partial(available.Width, used, notes));
            }
            break;
        }
        if (placed.Count == 0)
        {
            return (placed, SpacePlan.Wrap("the next table row does not fit in the rest of the page", nodeId));
        }
        var all = placed[^1].Item1 == _body.Count - 1;
        return (placed, all ? SpacePlan.Full(available.Width, used, notes) : SpacePlan.Partial(available.Width, used, notes));
    }

    /// <summary>
    /// The height the row takes in the space, whether all its cells finish there, the room their footnotes take at
    /// the page foot; <paramref name="spaces"/>, when given, takes the space each cell was planned in (each cell leaves
    /// room for the notes of those before it).
    /// </summary>
    private static (float Height, bool Done, float Notes) RowHeight(IElement[] cells, float[] widths, Size room, Size[]? spaces)
    {
        var max = 0f;
        var done = true;
        var notes = 0f;
        for (var c = 0; c < cells.Length && c < widths.Length; c++)
        {
            var space = room with { Width = widths[c], Height = room.Height - notes, Notes = room.Notes + notes };
            spaces?[c] = space;
            var plan = cells[c].Measure(space);
            if (plan.IsWrap)
            {
                return (0, false, 0);
            }
            max = Math.Max(max, plan.Height);
            done &= plan.IsDone;
            notes += plan.Notes;
        }
        return (max, done, notes);
    }

    private static bool RowDone(IElement[] cells, float[] widths) =>
        cells.Select((c, i) => c.Measure(new Size(widths[Math.Min(i, widths.Length - 1)], float.PositiveInfinity))).All(p => p.Kind == SpacePlanKind.Empty);

    private void DrawRow(PageCanvas canvas, IElement[] cells, float[] widths, float x, float y, Size[] spaces)
    {
        var left = x;
        for (var c = 0; c < spaces.Length; c++)
        {
            cells[c].Draw(canvas, left, y, spaces[c]);
            left += widths[c] + look.ExtraGap;
        }
    }

    private float[] Widths(float width)
    {
        if (_widths is not null && Math.Abs(width - _forWidth) < 0.001f)
        {
            return _widths;
        }
        var (min, max) = CellWidths();
        _widths = ColumnWidths.Plan(min, max, Math.Max(0, width - look.ExtraGap * (columns - 1)), asked ?? []);
        _forWidth = width;
        return _widths;
    }

    private (float[] Min, float[] Max) CellWidths()
    {
        var min = new float[columns];
        var max = new float[columns];
        foreach (var cells in _header.Select(h => h.Cells()).Concat(_body))
        {
            for (var c = 0; c < cells.Length && c < columns; c++)
            {
                var (a, b) = cells[c].ContentWidths();
                min[c] = Math.Max(min[c], a);
                max[c] = Math.Max(max[c], b);
            }
        }
        return (min, max);
    }
}
