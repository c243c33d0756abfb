namespace Briefing.FactSheets;

/// <summary>A party to the event. <see cref="Short"/> is already defaulted to <see cref="Name"/>.</summary>
public sealed record Party(
    string Id,
    string Name,
    string Short,
    bool Attending,
    Position Position,
    IReadOnlyList<Quote> Quotes,
    object? Extra);
