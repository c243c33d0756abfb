using System.Globalization;

namespace Briefing.Layout;

/// <summary>Lengths in theme files: a bare number is points; <c>pt</c>, <c>mm</c>, <c>cm</c>, <c>in</c> and <c>px</c> (1/96 in) are understood.</summary>
internal static class Length
{
    public static bool TryParse(string text, out float points)
    {
        points = 0;
        var t = text.Trim().ToLowerInvariant();
        var (unit, factor) = t switch
        {
            _ when t.EndsWith("mm", StringComparison.Ordinal) => ("mm", 72f / 25.4f),
            _ when t.EndsWith("cm", StringComparison.Ordinal) => ("cm", 72f / 2.54f),
            _ when t.EndsWith("in", StringComparison.Ordinal) => ("in", 72f),
            _ when t.EndsWith("pt", StringComparison.Ordinal) => ("pt", 1f),
            _ when t.EndsWith("px", StringComparison.Ordinal) => ("px", 0.75f),
            _ => ("", 1f),
        };
        var number = t[..^unit.Length].Trim();
        if (!float.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0 || float.IsInfinity(value))
        {
            return false;
        }
        points = value * factor;
        return true;
    }
}
