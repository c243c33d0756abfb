namespace Briefing.FactSheets;

/// <summary>A date-time as written (<c>YYYY-MM-DDTHH:MM</c>), with the offset only when the author gave one.</summary>
public sealed record EventTime(DateTime Local, TimeSpan? Offset)
{
    public override string ToString() =>
        Local.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture)
        + (Offset is { } o ? (o < TimeSpan.Zero ? "-" : "+") + o.Duration().ToString("hh\\:mm", System.Globalization.CultureInfo.InvariantCulture) : "");
}
