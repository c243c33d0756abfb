namespace Briefing.FactSheets;

public sealed record Source(
    string Id,
    string Title,
    string? Publisher,
    DateOnly? Date,
    string? Url);
