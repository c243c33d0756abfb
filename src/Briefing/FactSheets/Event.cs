namespace Briefing.FactSheets;

/// <summary>The event itself: either a <see cref="Date"/> or a <see cref="Start"/> (and optional <see cref="End"/>).</summary>
public sealed record Event(
    string Name,
    DateOnly? Date,
    EventTime? Start,
    EventTime? End,
    string? Format,
    Venue Venue);
