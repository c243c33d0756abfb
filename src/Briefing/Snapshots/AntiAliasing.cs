namespace Briefing.Snapshots;

/// <summary>
/// Tells an anti-aliased edge pixel from drawn content (after Vyšniauskas, "Anti-aliased pixel and intensity slope
/// detector", 2009): an edge pixel lies between a darker and a lighter neighbour, and at least one of those
/// neighbours sits inside a flat area (several identical neighbours of its own) in both images. Such a pixel
/// changes when a renderer rounds an edge differently; the shape around it does not.
/// </summary>
internal static class AntiAliasing
{
    public static bool IsEdge(uint[] image, uint[] other, int width, int height, int x, int y)
    {
        var centre = image[y * width + x];
        var equal = x == 0 || y == 0 || x == width - 1 || y == height - 1 ? 1 : 0;
        double darkest = 0, lightest = 0;
        int darkX = 0, darkY = 0, lightX = 0, lightY = 0;
        for (var ny = Math.Max(y - 1, 0); ny <= Math.Min(y + 1, height - 1); ny++)
        {
            for (var nx = Math.Max(x - 1, 0); nx <= Math.Min(x + 1, width - 1); nx++)
            {
                if (nx == x && ny == y)
                {
                    continue;
                }
                var delta = PerceivedColour.BrightnessDelta(centre, image[ny * width + nx]);
                if (delta == 0)
                {
                    if (++equal > 2)
                    {
                        return false;
                    }
                }
                else if (delta < darkest)
                {
                    (darkest, darkX, darkY) = (delta, nx, ny);
                }
                else if (delta > lightest)
                {
                    (lightest, lightX, lightY) = (delta, nx, ny);
                }
            }
        }
        if (darkest == 0 || lightest == 0)
        {
            return false;
        }
        return (InFlatArea(image, width, height, darkX, darkY) && InFlatArea(other, width, height, darkX, darkY))
            || (InFlatArea(image, width, height, lightX, lightY) && InFlatArea(other, width, height, lightX, lightY));
    }

    private static bool InFlatArea(uint[] image, int width, int height, int x, int y)
    {
        var centre = image[y * width + x];
        var equal = x == 0 || y == 0 || x == width - 1 || y == height - 1 ? 1 : 0;
        for (var ny = Math.Max(y - 1, 0); ny <= Math.Min(y + 1, height - 1); ny++)
        {
            for (var nx = Math.Max(x - 1, 0); nx <= Math.Min(x + 1, width - 1); nx++)
            {
                if ((nx != x || ny != y) && image[ny * width + nx] == centre && ++equal > 2)
                {
                    return true;
                }
            }
        }
        return false;
    }
}
