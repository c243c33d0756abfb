namespace Briefing.FactSheets.Markings;

/// <summary>The document's marking from its portions: the highest level, restrictive controls united, release lists intersected.</summary>
public static class BannerDerivation
{
    /// <summary>The marking of a document whose portions carry <paramref name="portions"/> (at least one).</summary>
    /// <remarks>
    /// A release list survives only when every portion above an open level has one: a classified portion
    /// without a list has not been cleared for release, so the document may go nowhere it cannot.
    /// </remarks>
    public static Marking Combine(MarkingScheme scheme, IReadOnlyCollection<Marking> portions)
    {
        var level = portions.Select(p => p.Level).MaxBy(l => l.Rank) ?? scheme.Levels[0];
        var controls = scheme.Controls.Where(c => !c.IsRelease && portions.Any(p => p.Controls.Contains(c))).ToList();
        var release = Release(scheme, portions, controls);
        if (release is { } countries && scheme.Release is { } rel && countries.All(c => c == rel.First))
        {
            // Nobody but the originator may read it: the scheme says which restrictive control that is (NOFORN).
            release = null;
            if (scheme.Controls.FirstOrDefault(c => !c.IsRelease && c.Portion == rel.WhenNone) is { } none && !controls.Contains(none))
            {
                controls = scheme.Controls.Where(c => c == none || controls.Contains(c)).ToList();
            }
        }

        return new Marking(level, controls, release);
    }

    /// <summary>True when a document marked <paramref name="banner"/> may hold a portion marked <paramref name="portion"/>.</summary>
    public static bool Covers(Marking banner, Marking portion) =>
        banner.Level.Rank >= portion.Level.Rank
        && portion.Controls.All(banner.Controls.Contains)
        && (banner.ReleaseTo is null
            || (portion.ReleaseTo is { } allowed ? banner.ReleaseTo.All(allowed.Contains) : portion.Level.Open));

    private static IReadOnlyList<string>? Release(MarkingScheme scheme, IReadOnlyCollection<Marking> portions, List<DisseminationControl> controls)
    {
        if (scheme.Release is null || controls.Any(c => c.ExcludesRelease)) return null;
        var limiting = portions.Where(p => !p.Level.Open).ToList();
        if (limiting.Count == 0 || limiting.Any(p => p.ReleaseTo is null)) return null;
        IEnumerable<string> common = limiting[0].ReleaseTo!;
        foreach (var portion in limiting.Skip(1)) common = common.Intersect(portion.ReleaseTo!, StringComparer.Ordinal);
        return MarkingParser.Countries(scheme, common);
    }
}
