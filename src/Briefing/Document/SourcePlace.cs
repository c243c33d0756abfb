namespace Briefing.Document;

/// <summary>
/// A place in a file the user edits: a template line (<see cref="Column"/> 0: the line as a whole) or the start of a
/// fact-sheet value, whose <see cref="Key"/> is its path (<c>parties[0].name</c>).
/// </summary>
public sealed record SourcePlace(string File, int Line, int Column, string? Key = null)
{
    public override string ToString() => Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}";
}
