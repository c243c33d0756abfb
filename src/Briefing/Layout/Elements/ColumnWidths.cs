namespace Briefing.Layout.Elements;

/// <summary>
/// Automatic table column widths. Every column gets at least its widest word; the space left is shared so that
/// narrow columns (numbers, short names) get their natural width first and long text takes the rest.
/// </summary>
internal static class ColumnWidths
{
    /// <summary>
    /// Widths with some columns asked for (a length or a share of <paramref name="width"/>): those get what they
    /// ask, the automatic ones share the rest as in <see cref="Plan(IReadOnlyList{float}, IReadOnlyList{float}, float)"/>.
    /// Asked widths that leave the automatic columns less than their longest words shrink in proportion.
    /// </summary>
    public static float[] Plan(IReadOnlyList<float> min, IReadOnlyList<float> max, float width, IReadOnlyList<ColumnWidth> asked)
    {
        var n = min.Count;
        var fixedWidths = Enumerable.Range(0, n)
            .Select(i => i < asked.Count ? asked[i] : ColumnWidth.Auto)
            .Select(a => a.Points ?? (a.Share * width))
            .ToArray();
        if (fixedWidths.All(f => f is null))
        {
            return Plan(min, max, width);
        }
        var autos = Enumerable.Range(0, n).Where(i => fixedWidths[i] is null).ToList();
        var autoMin = autos.Sum(i => min[i]);
        var fixedTotal = fixedWidths.Sum(f => f ?? 0);
        var room = autos.Count == 0 ? width : Math.Max(0, width - autoMin);
        var scale = fixedTotal > room && fixedTotal > 0 ? room / fixedTotal : 1;
        var result = fixedWidths.Select(f => (f ?? 0) * scale).ToArray();
        if (autos.Count == 0)
        {
            // Every column is asked for: they fill the table's width in their proportions.
            var total = result.Sum();
            return total > 0 ? result.Select(w => w * width / total).ToArray() : Enumerable.Repeat(width / n, n).ToArray();
        }
        var rest = Plan(autos.Select(i => min[i]).ToList(), autos.Select(i => max[i]).ToList(), Math.Max(0, width - result.Sum()));
        for (var k = 0; k < autos.Count; k++)
        {
            result[autos[k]] = rest[k];
        }
        return result;
    }

    public static float[] Plan(IReadOnlyList<float> min, IReadOnlyList<float> max, float width)
    {
        var n = min.Count;
        var result = min.ToArray();
        var sumMin = min.Sum();
        if (sumMin >= width)
        {
            return sumMin > 0 ? min.Select(m => width * m / sumMin).ToArray() : Enumerable.Repeat(width / n, n).ToArray();
        }
        var remaining = width - sumMin;
        var open = Enumerable.Range(0, n).Where(i => max[i] > min[i]).ToList();
        // Water filling: columns whose wish is below an equal share are satisfied first.
        var changed = true;
        while (changed && open.Count > 0)
        {
            changed = false;
            var share = remaining / open.Count;
            foreach (var i in open.ToList())
            {
                var wish = max[i] - min[i];
                if (wish <= share)
                {
                    result[i] += wish;
                    remaining -= wish;
                    open.Remove(i);
                    changed = true;
                }
            }
        }
        if (open.Count > 0)
        {
            var flex = open.Sum(i => max[i] - min[i]);
            foreach (var i in open)
            {
                result[i] += remaining * (max[i] - min[i]) / flex;
            }
            return result;
        }
        // Everything fits at its natural width: spread the spare space in proportion, so the table fills the line.
        var total = result.Sum();
        return total > 0 ? result.Select(w => w + remaining * w / total).ToArray() : Enumerable.Repeat(width / n, n).ToArray();
    }
}
