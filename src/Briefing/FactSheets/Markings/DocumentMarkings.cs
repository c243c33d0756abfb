namespace Briefing.FactSheets.Markings;

/// <summary>The markings of a fact sheet that declares a scheme: the banner and the mark of every portion.</summary>
/// <remarks>
/// <c>Banner</c>: The document's marking: derived from the portions, or the declared <c>classification</c> when higher.<br/>
/// <c>Derived</c>: The marking the portions alone give.<br/>
/// <c>Portions</c>: Mark of each portion by its path in the records (<c>summary[0]</c>, <c>parties[1].quotes[0]</c>,
/// <c>timeline[2]</c> counted in date order as <see cref="FactSheet.Timeline"/> holds it).<br/>
/// </remarks>
public sealed record DocumentMarkings(
    MarkingScheme Scheme,
    Marking Banner,
    Marking Derived,
    IReadOnlyDictionary<string, Marking> Portions)
{
    /// <summary>The portion mark of the portion at <paramref name="path"/>, in parentheses: <c>(U)</c>.</summary>
    public string? PortionMark(string path) => Portions.TryGetValue(path, out var m) ? Scheme.PortionMark(m) : null;

    /// <summary>The banner line: <c>SECRET//NOFORN</c>.</summary>
    public string BannerText => Scheme.BannerText(Banner);
}
