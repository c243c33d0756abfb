namespace Briefing.FactSheets;

/// <summary>A date that may lack its day or month (<c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>), as timelines allow.</summary>
/// <remarks>Ordered so that a less precise date sorts before the precise dates it contains.</remarks>
public readonly record struct PartialDate(int Year, int? Month, int? Day) : IComparable<PartialDate>
{
    public static PartialDate From(DateOnly date) => new(date.Year, date.Month, date.Day);

    public int CompareTo(PartialDate other)
    {
        var c = Year.CompareTo(other.Year);
        if (c != 0) return c;
        c = (Month ?? 0).CompareTo(other.Month ?? 0);
        if (c != 0) return c;
        return (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    public override string ToString() =>
        Month is null ? $"{Year:D4}" : Day is null ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}-{Month:D2}-{Day:D2}";
}
