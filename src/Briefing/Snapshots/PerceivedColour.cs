namespace Briefing.Snapshots;

/// <summary>
/// Colour distance as the eye sees it, in the YIQ space (Kotsarenko and Ramos, "Measuring perceived colour
/// difference using YIQ NTSC transmission colour space in mobile applications", 2010): brightness weighs most,
/// then the orange-blue and purple-green axes. Pixels are composed over white first, as a page is.
/// </summary>
internal static class PerceivedColour
{
    /// <summary>The distance between black and white, the largest there is.</summary>
    public const double MaxDelta = 35215;

    public static double Delta(uint a, uint b)
    {
        if (a == b)
        {
            return 0;
        }
        var (r1, g1, b1) = OverWhite(a);
        var (r2, g2, b2) = OverWhite(b);
        var y = Brightness(r1, g1, b1) - Brightness(r2, g2, b2);
        var i = (0.59597799 * r1 - 0.27417610 * g1 - 0.32180189 * b1) - (0.59597799 * r2 - 0.27417610 * g2 - 0.32180189 * b2);
        var q = (0.21147017 * r1 - 0.52261711 * g1 + 0.31114694 * b1) - (0.21147017 * r2 - 0.52261711 * g2 + 0.31114694 * b2);
        return 0.5053 * y * y + 0.299 * i * i + 0.1957 * q * q;
    }

    /// <summary>Signed brightness difference: negative when <paramref name="b"/> is lighter than <paramref name="a"/>.</summary>
    public static double BrightnessDelta(uint a, uint b)
    {
        var (r1, g1, b1) = OverWhite(a);
        var (r2, g2, b2) = OverWhite(b);
        return Brightness(r1, g1, b1) - Brightness(r2, g2, b2);
    }

    private static double Brightness(double r, double g, double b) => 0.29889531 * r + 0.58662247 * g + 0.11448223 * b;

    // Pixels are RGBA, red in the lowest byte.
    private static (double R, double G, double B) OverWhite(uint pixel)
    {
        var alpha = (pixel >> 24) / 255.0;
        double Channel(int shift) => 255 + ((int)((pixel >> shift) & 0xff) - 255) * alpha;
        return (Channel(0), Channel(8), Channel(16));
    }
}
