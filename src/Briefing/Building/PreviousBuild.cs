namespace Briefing.Building;

/// <summary>
/// What the previous build's manifest records: each output file and each loaded fact sheet, by full path. An output
/// whose key is unchanged is reused; a fact sheet whose bytes are unchanged need not be loaded to compute that key.
/// </summary>
public sealed record PreviousBuild(IReadOnlyDictionary<string, PreviousOutput> Outputs, IReadOnlyDictionary<string, FactSheetInputs> FactSheets)
{
    /// <summary>No previous build: everything is rendered.</summary>
    public static PreviousBuild None { get; } = new(new Dictionary<string, PreviousOutput>(), new Dictionary<string, FactSheetInputs>());
}
