using System.Text.RegularExpressions;

namespace Briefing.FactSheets.Markings;

/// <summary>Reads portion marks (<c>S//NF</c>) and banners (<c>SECRET//NOFORN</c>) in the spellings of a scheme.</summary>
/// <remarks>
/// Parts are matched as whole spellings, longest first, so <c>OFFICIAL-SENSITIVE</c> is not read as <c>OFFICIAL</c>
/// and a banner separator that is a space (UK, NATO) still parses <c>TOP SECRET UK EYES ONLY</c>.
/// The result is canonical: controls in the scheme's order, countries with the scheme's first country first.
/// </remarks>
internal static partial class MarkingParser
{
    [GeneratedRegex("^[A-Z]{2,5}", RegexOptions.CultureInvariant)]
    private static partial Regex CountryCode();

    /// <summary>A portion mark without its parentheses.</summary>
    public static MarkingResult Portion(MarkingScheme scheme, string mark) =>
        WithCaseHint(scheme, mark, MarkingScheme.PortionSeparator, l => l.Portion, c => c.Portion, scheme.PortionMark);

    /// <summary>A banner as a <c>classification</c> declares it.</summary>
    public static MarkingResult Banner(MarkingScheme scheme, string banner) =>
        WithCaseHint(scheme, banner, scheme.BannerSeparator, l => l.Banner, c => c.Banner, scheme.BannerText);

    private static MarkingResult WithCaseHint(MarkingScheme scheme, string text, string separator,
        Func<MarkingLevel, string> level, Func<DisseminationControl, string> control, Func<Marking, string> write)
    {
        var result = Parse(scheme, text.Trim(), separator, level, control);
        if (result.Marking is not null) return result;
        var upper = Parse(scheme, text.Trim().ToUpperInvariant(), separator, level, control);
        return upper.Marking is { } marking ? MarkingResult.Fail($"marks are written in capitals: `{write(marking)}`") : result;
    }

    private static MarkingResult Parse(MarkingScheme scheme, string text, string separator,
        Func<MarkingLevel, string> levelSpelling, Func<DisseminationControl, string> controlSpelling)
    {
        // Loops, not queries: every portion of every fact sheet is read here, and a query's closures cost more than the match.
        MarkingLevel? level = null;
        foreach (var candidate in scheme.Levels)
        {
            var spelling = levelSpelling(candidate);
            if (StartsWithPart(text, 0, spelling, separator) && (level is null || spelling.Length > levelSpelling(level).Length))
            {
                level = candidate;
            }
        }
        if (level is null)
        {
            var first = text.Split(separator)[0];
            return MarkingResult.Fail(first.Length == 0 ? "the mark is empty" : $"`{first}` is not a level of the {scheme.Name} scheme");
        }

        var at = levelSpelling(level).Length;
        List<DisseminationControl>? controls = null;
        List<string>? countries = null;
        while (at < text.Length)
        {
            at += separator.Length;
            DisseminationControl? control = null;
            foreach (var candidate in scheme.Controls)
            {
                var spelling = controlSpelling(candidate);
                var matches = candidate.IsRelease
                    ? text.AsSpan(at).StartsWith(spelling, StringComparison.Ordinal) && text.AsSpan(at + spelling.Length).StartsWith(" ", StringComparison.Ordinal)
                    : StartsWithPart(text, at, spelling, separator);
                if (matches && (control is null || spelling.Length > controlSpelling(control).Length))
                {
                    control = candidate;
                }
            }
            if (control is null)
            {
                var rest = text[at..];
                var end = rest.IndexOf(separator, StringComparison.Ordinal);
                var part = end < 0 ? rest : rest[..end];
                return MarkingResult.Fail(part.Length == 0 ? $"an empty control after `{separator}`" : $"`{part}` is not a control of the {scheme.Name} scheme");
            }

            if (controls?.Contains(control) == true || (control.IsRelease && countries is not null))
            {
                return MarkingResult.Fail($"`{controlSpelling(control)}` is given twice");
            }

            at += controlSpelling(control).Length;
            if (control.IsRelease)
            {
                countries = [];
                at = ReadCountries(text, at + 1, countries);
                if (countries.Count == 0) return MarkingResult.Fail($"`{controlSpelling(control)}` needs a list of country codes such as `USA, GBR`");
                if (at < text.Length && !text.AsSpan(at).StartsWith(separator, StringComparison.Ordinal))
                {
                    return MarkingResult.Fail($"`{text[at..]}` is not a country code (two to five capital letters)");
                }
            }
            else
            {
                (controls ??= []).Add(control);
            }
        }

        // Most portions carry no control: they share the empty list (markings compare their controls by sequence).
        IReadOnlyList<DisseminationControl> ordered = controls is null ? [] : scheme.Controls.Where(controls.Contains).ToList();
        return MarkingResult.Ok(new Marking(level, ordered, countries is null ? null : Countries(scheme, countries)));
    }

    /// <summary>The countries in banner order: the scheme's first country first, then alphabetical, each once.</summary>
    public static IReadOnlyList<string> Countries(MarkingScheme scheme, IEnumerable<string> countries)
    {
        var first = scheme.Release?.First;
        return countries.Distinct(StringComparer.Ordinal)
            .OrderBy(c => c == first ? 0 : 1).ThenBy(c => c, StringComparer.Ordinal)
            .ToList();
    }

    private static int ReadCountries(string text, int at, List<string> countries)
    {
        while (at < text.Length)
        {
            var match = CountryCode().Match(text[at..]);
            if (!match.Success) return at;
            countries.Add(match.Value);
            at += match.Length;
            var next = at;
            while (next < text.Length && text[next] == ' ') next++;
            if (next >= text.Length || text[next] != ',') return at;
            at = next + 1;
            while (at < text.Length && text[at] == ' ') at++;
        }

        return at;
    }

    private static bool StartsWithPart(string text, int at, string spelling, string separator) =>
        text.AsSpan(at).StartsWith(spelling, StringComparison.Ordinal)
        && (at + spelling.Length == text.Length || text.AsSpan(at + spelling.Length).StartsWith(separator, StringComparison.Ordinal));
}
