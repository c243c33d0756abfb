namespace Briefing.Preview;

/// <summary>A value of a fact sheet with its key path (<c>parties[0].name</c>) and where it stands (1-based).</summary>
public sealed record SheetPlace(string Key, string Value, int Line, int Column);
