namespace Briefing.FactSheets;

/// <summary>The CUI designation indicator of a US document holding Controlled Unclassified Information.</summary>
/// <remarks><c>ControlledBy</c>: The designating agency, then its office, one line each.</remarks>
public sealed record CuiDesignation(
    IReadOnlyList<string> ControlledBy,
    IReadOnlyList<string> Categories,
    string? Dissemination,
    string Poc);
