using Briefing.Layout.Pages;

namespace Briefing.Tests.Layout;

/// <summary>
/// How evenly justified lines are spaced, read from laid-out pages: a line is the glyph runs of one block on one
/// baseline, a justified line one whose word gaps differ from the natural space, and a gap is the distance from
/// the start of a space run to the next run.
/// </summary>
internal sealed record LineQuality(int JustifiedLines, int WideLines, double MedianStretch, double Stretch95)
{
    /// <summary>Gaps wider than this share of the font size count as wide.</summary>
    public const double WideGap = 0.5;

    public double WideShare => JustifiedLines == 0 ? 0 : (double)WideLines / JustifiedLines;

    public static LineQuality Of(LaidOutDocument document)
    {
        var stretches = new List<double>();
        var wide = 0;
        foreach (var page in document.Pages)
        {
            var lines = page.Items.OfType<GlyphRunItem>()
                .GroupBy(r => (r.Tag.BlockId, Math.Round(r.Baseline, 2)))
                .Select(g => g.OrderBy(r => r.X).ToList());
            foreach (var line in lines)
            {
                var gaps = new List<(double Gap, double Natural, double Size)>();
                for (var i = 0; i + 1 < line.Count; i++)
                {
                    if (line[i].Text.Length > 0 && line[i].Text.All(c => c == ' '))
                    {
                        gaps.Add((line[i + 1].X - line[i].X, line[i].Width, line[i].Size));
                    }
                }
                if (gaps.Count == 0 || gaps.All(g => Math.Abs(g.Gap - g.Natural) < 0.01))
                {
                    continue;
                }
                // All gaps of a justified line stretch alike; the widest tells.
                var widest = gaps.MaxBy(g => g.Gap / g.Size);
                stretches.Add((widest.Gap - widest.Natural) / widest.Size);
                if (widest.Gap / widest.Size > WideGap)
                {
                    wide++;
                }
            }
        }
        stretches.Sort();
        return new LineQuality(stretches.Count, wide, Percentile(stretches, 0.5), Percentile(stretches, 0.95));
    }

    private static double Percentile(List<double> sorted, double share) =>
        sorted.Count == 0 ? 0 : sorted[(int)Math.Min(sorted.Count - 1, Math.Round(share * (sorted.Count - 1)))];

    public override string ToString() =>
        $"{JustifiedLines} justified lines, {WideLines} ({WideShare:P1}) with a gap over {WideGap} em; stretch median {MedianStretch:F3} em, 95th percentile {Stretch95:F3} em";
}
