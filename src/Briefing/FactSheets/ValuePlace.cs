namespace Briefing.FactSheets;

/// <summary>Where a value starts in the fact sheet file: 1-based line and column, as editors count them.</summary>
public readonly record struct ValuePlace(int Line, int Column);
