namespace Briefing.FactSheets;

public sealed record TimelineEntry(
    PartialDate Date,
    string Event,
    string? Source);
