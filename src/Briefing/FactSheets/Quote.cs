namespace Briefing.FactSheets;

public sealed record Quote(
    string Text,
    string By,
    DateOnly? Date,
    string? Source);
