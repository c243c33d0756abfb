namespace Briefing.Layout.Elements;

/// <summary>Automatic table column widths from the cells' narrowest and natural widths, filling the available width.</summary>
internal static class ColumnWidths
{
    public static float[] Plan(IReadOnlyList<float> min, IReadOnlyList<float> max, float width)
    {
        var n = min.Count;
        var result = new float[n];
        var sumMax = max.Sum();
        var sumMin = min.Sum();
        if (sumMax <= width && sumMax > 0)
        {
            for (var i = 0; i < n; i++)
            {
                result[i] = max[i] + (width - sumMax) * max[i] / sumMax;
            }
        }
        else if (sumMin <= width)
        {
            var flex = Enumerable.Range(0, n).Sum(i => max[i] - min[i]);
            for (var i = 0; i < n; i++)
            {
                result[i] = min[i] + (flex > 0 ? (width - sumMin) * (max[i] - min[i]) / flex : (width - sumMin) / n);
            }
        }
        else
        {
            for (var i = 0; i < n; i++)
            {
                result[i] = sumMin > 0 ? width * min[i] / sumMin : width / n;
            }
        }
        return result;
    }
}
