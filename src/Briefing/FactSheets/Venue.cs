namespace Briefing.FactSheets;

public sealed record Venue(
    string City,
    string Country,
    string? Name,
    string? Host,
    IReadOnlyList<string> Notes);
