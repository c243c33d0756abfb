namespace Briefing.FactSheets.Markings;

/// <summary>The marking of one portion or of the whole document: a level, restrictive controls and an optional release list.</summary>
/// <remarks>
/// <c>Controls</c>: The restrictive controls, in the scheme's order.<br/>
/// <c>ReleaseTo</c>: The countries of the release list, in banner order; null when the marking has none.<br/>
/// </remarks>
public sealed record Marking(MarkingLevel Level, IReadOnlyList<DisseminationControl> Controls, IReadOnlyList<string>? ReleaseTo)
{
    public bool Equals(Marking? other) =>
        other is not null && Level == other.Level && Controls.SequenceEqual(other.Controls)
        && (ReleaseTo is null ? other.ReleaseTo is null : other.ReleaseTo is not null && ReleaseTo.SequenceEqual(other.ReleaseTo));

    public override int GetHashCode() => HashCode.Combine(Level, Controls.Count, ReleaseTo?.Count);
}
