namespace Briefing.FactSheets;

public sealed record Position(
    string Summary,
    IReadOnlyList<string> Points,
    IReadOnlyList<string> RedLines);
