namespace Briefing.Text;

/// <summary>Rule L2 of the Unicode bidi algorithm: the visual order of runs from their embedding levels.</summary>
internal static class BidiOrder
{
    /// <summary>Indices of the runs in visual (left to right) order.</summary>
    public static int[] Visual(IReadOnlyList<int> levels)
    {
        var order = Enumerable.Range(0, levels.Count).ToArray();
        if (levels.Count == 0)
        {
            return order;
        }
        var highest = levels.Max();
        var lowestOdd = levels.Where(l => l % 2 == 1).DefaultIfEmpty(highest + 1).Min();
        for (var level = highest; level >= lowestOdd; level--)
        {
            var i = 0;
            while (i < order.Length)
            {
                if (levels[order[i]] >= level)
                {
                    var start = i;
                    while (i < order.Length && levels[order[i]] >= level)
                    {
                        i++;
                    }
                    Array.Reverse(order, start, i - start);
                }
                else
                {
                    i++;
                }
            }
        }
        return order;
    }
}
