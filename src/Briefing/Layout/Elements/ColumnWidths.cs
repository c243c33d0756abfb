namespace Briefing.Layout.Elements;

/// <summary>
/// Automatic table column widths. Every column gets at least its widest word; the space left is shared so that
/// narrow columns (numbers, short names) get their natural width first and long text takes the rest.
/// </summary>
internal static class ColumnWidths
{
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
