namespace Briefing.FactSheets;

/// <summary>One diplomatic event and the parties around it, as written in a <c>briefing/v1</c> fact sheet.</summary>
/// <remarks>
/// Built by <see cref="FactSheetLoader"/> only from a file without errors, with the defaults of the
/// spec applied. Text values are trimmed. <see cref="Timeline"/> is in date order (stable for equal
/// dates). <see cref="Extra"/> (and <see cref="Party.Extra"/>) is null when absent, else plain
/// objects: <see cref="IReadOnlyDictionary{TKey,TValue}"/> of string keys in file order,
/// <see cref="IReadOnlyList{T}"/>, and strings as written (YAML nulls are null).
/// </remarks>
public sealed record FactSheet(
    string Schema,
    string Id,
    string Title,
    DateOnly Date,
    string Classification,
    string Language,
    Memo Memo,
    Event Event,
    IReadOnlyList<string> Summary,
    IReadOnlyList<string> Background,
    IReadOnlyList<Party> Parties,
    IReadOnlyList<Delegation> Delegations,
    IReadOnlyList<string> Agenda,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<string> Recommendations,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<string> TalkingPoints,
    IReadOnlyList<string> Risks,
    IReadOnlyList<Source> Sources,
    object? Extra)
{
    public const string SchemaVersion = "briefing/v1";
    public const string DefaultClassification = "UNCLASSIFIED";
    public const string DefaultLanguage = "en";
}
