namespace Briefing.FactSheets;

public sealed record Source(
    string Id,
    string Title,
    string? Publisher,
    DateOnly? Date,
    string? Url)
{
    /// <summary>A saved copy of the source's text, relative to the fact sheet's folder (<c>file:</c>), when given.</summary>
    public string? File { get; init; }
}
