namespace Briefing.FactSheets.Markings;

/// <summary>A marking scheme (United States, United Kingdom, NATO or a ministry's own): levels, controls and spellings.</summary>
/// <remarks>
/// Written as data (<c>levels</c> lowest first, <c>controls</c> in banner order) and read by <see cref="SchemeLoader"/>.
/// Portion marks join their parts with <see cref="PortionSeparator"/> (<c>(S//NF)</c>); banners with
/// <see cref="BannerSeparator"/> (<c>SECRET//NOFORN</c> in the US, a space in the UK).
/// </remarks>
public sealed record MarkingScheme(
    string Id,
    string Name,
    IReadOnlyList<MarkingLevel> Levels,
    IReadOnlyList<DisseminationControl> Controls,
    string BannerSeparator)
{
    public const string PortionSeparator = "//";

    public DisseminationControl? Release => Controls.FirstOrDefault(c => c.IsRelease);

    /// <summary>The portion mark in parentheses: <c>(S//REL TO USA, GBR)</c>.</summary>
    public string PortionMark(Marking marking) =>
        "(" + string.Join(PortionSeparator, Parts(marking, l => l.Portion, c => c.Portion)) + ")";

    /// <summary>The banner line: <c>SECRET//REL TO USA, GBR</c>.</summary>
    public string BannerText(Marking marking) =>
        string.Join(BannerSeparator, Parts(marking, l => l.Banner, c => c.Banner));

    /// <summary>The portion marks a sheet may use, for hints: levels, then the controls that may follow them.</summary>
    public string ValidPortionMarks()
    {
        var levels = string.Join(", ", Levels.Select(l => $"`({l.Portion})`"));
        if (Controls.Count == 0) return $"valid marks: {levels}";
        var controls = string.Join(", ", Controls.Select(c => c.IsRelease ? $"`{PortionSeparator}{c.Portion} <countries>`" : $"`{PortionSeparator}{c.Portion}`"));
        return $"valid marks: {levels}; controls after the level: {controls}";
    }

    /// <summary>The banners a <c>classification</c> may declare, for hints.</summary>
    public string ValidBanners() => "levels: " + string.Join(", ", Levels.Select(l => $"`{l.Banner}`"))
        + (Controls.Count == 0 ? "" : "; controls: " + string.Join(", ", Controls.Select(c => $"`{c.Banner}`")));

    private IEnumerable<string> Parts(Marking marking, Func<MarkingLevel, string> level, Func<DisseminationControl, string> control)
    {
        yield return level(marking.Level);
        foreach (var c in marking.Controls) yield return control(c);
        if (marking.ReleaseTo is { } countries && Release is { } release)
        {
            yield return control(release) + " " + string.Join(", ", countries);
        }
    }
}
