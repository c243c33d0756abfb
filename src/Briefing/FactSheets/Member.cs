namespace Briefing.FactSheets;

public sealed record Member(
    string Name,
    string? NativeName,
    string? Title,
    bool Lead);
