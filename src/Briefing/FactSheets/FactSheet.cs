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
    /// <summary>The marking scheme, banner and portion marks, when the sheet declares <c>markings</c>.</summary>
    /// <remarks>Then <see cref="Classification"/> is the banner: derived from the portions, or declared higher.</remarks>
    public Markings.DocumentMarkings? Markings { get; init; }

    /// <summary>The classification authority block (<c>authority:</c>), when given.</summary>
    public ClassificationAuthority? Authority { get; init; }

    /// <summary>The CUI designation indicator (<c>cui:</c>), when given.</summary>
    public CuiDesignation? Cui { get; init; }

    /// <summary>A word drawn across every page, such as <c>EXERCISE</c> (<c>watermark:</c>).</summary>
    public string? Watermark { get; init; }

    /// <summary>The folder the sheet's side files (<c>file:</c> of a source) are read from; empty when not known.</summary>
    public string Folder { get; init; } = "";

    /// <summary>
    /// Where each scalar value starts in the file, keyed by its path as templates name it
    /// (<c>parties[0].position.summary</c>); empty for a sheet not read from text.
    /// </summary>
    public IReadOnlyDictionary<string, ValuePlace> Places { get; init; } = new Dictionary<string, ValuePlace>();

    public const string SchemaVersion = "briefing/v1";

    /// <summary>The version that adds portion markings, watermarks and source texts; every v1 file is read as before.</summary>
    public const string SchemaVersion11 = "briefing/v1.1";
    public const string DefaultClassification = "UNCLASSIFIED";
    public const string DefaultLanguage = "en";
}
