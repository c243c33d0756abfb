using System.Globalization;

namespace Briefing.Layout.Pages;

/// <summary>An sRGB colour with alpha.</summary>
public readonly record struct Rgba(byte R, byte G, byte B, byte A = 255)
{
    public static Rgba Black => new(0, 0, 0);

    /// <summary>No colour at all: a fill of this colour is not drawn.</summary>
    public static Rgba Transparent { get; } = new(0, 0, 0, 0);

    /// <summary>Parses <c>#rgb</c>, <c>#rrggbb</c> or <c>#rrggbbaa</c>.</summary>
    public static bool TryParse(string? text, out Rgba colour)
    {
        colour = Black;
        if (text is null || !text.StartsWith('#'))
        {
            return false;
        }
        var hex = text[1..];
        if (hex.Length == 3)
        {
            hex = string.Concat(hex.Select(c => $"{c}{c}"));
        }
        if ((hex.Length != 6 && hex.Length != 8) || !uint.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }
        colour = hex.Length == 6
            ? new Rgba((byte)(value >> 16), (byte)(value >> 8), (byte)value)
            : new Rgba((byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value);
        return true;
    }

    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}{(A == 255 ? "" : A.ToString("x2", CultureInfo.InvariantCulture))}";
}
