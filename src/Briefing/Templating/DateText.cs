using System.Globalization;

namespace Briefing.Templating;

/// <summary>Writes the ISO dates of the model the way a memo in the document's language writes them.</summary>
/// <remarks>
/// Day before month ("18 February 2025") is the diplomatic convention in English and the usual order elsewhere;
/// with a day before <c>MMMM</c>, .NET picks genitive month names where a language has them (Russian "18 февраля").
/// The Gregorian calendar is forced so an Arabic memo does not switch to a Hijri date.
/// </remarks>
internal sealed class DateText
{
    private readonly CultureInfo _culture;

    public DateText(string language)
    {
        _culture = CultureFor(language);
        // Languages that write the day as an ordinal with a full stop ("5. Februar 2026" in German, also Danish,
        // Norwegian, Czech, Finnish) show it in their own long date pattern.
        DayMonthYear = _culture.DateTimeFormat.LongDatePattern.Contains("d.", StringComparison.Ordinal) ? "d. MMMM yyyy" : "d MMMM yyyy";
    }

    private string DayMonthYear { get; }

    public CultureInfo Culture => _culture;

    /// <summary>"18 February 2025", "February 2025" or "2025"; null when the text is not an ISO (partial) date.</summary>
    public string? Date(string iso)
    {
        if (!TryParse(iso, out var year, out var month, out var day)) return null;
        if (month is null) return year.ToString("D4", CultureInfo.InvariantCulture);
        var date = new DateTime(year, month.Value, day ?? 1, 0, 0, 0, DateTimeKind.Unspecified);
        return date.ToString(day is null ? "MMMM yyyy" : DayMonthYear, _culture);
    }

    /// <summary>"10:00" or "10:00 UTC+03:00" for an ISO date-time; null when there is no time.</summary>
    public static string? Time(string iso)
    {
        var t = iso.IndexOf('T');
        if (t < 0 || iso.Length < t + 6) return null;
        var time = iso.Substring(t + 1, 5);
        var offset = iso[(t + 6)..];
        return offset.Length == 0 ? time : $"{time} UTC{offset}";
    }

    private static bool TryParse(string iso, out int year, out int? month, out int? day)
    {
        month = null;
        day = null;
        var datePart = iso.Split('T')[0];
        var parts = datePart.Split('-');
        year = 0;
        if (parts.Length is < 1 or > 3 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out year)) return false;
        if (parts.Length >= 2)
        {
            if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12) return false;
            month = m;
        }
        if (parts.Length == 3)
        {
            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d < 1 || d > DateTime.DaysInMonth(year, month!.Value)) return false;
            day = d;
        }
        return year is >= 1 and <= 9999;
    }

    private static CultureInfo CultureFor(string language)
    {
        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(string.IsNullOrWhiteSpace(language) ? "en" : language);
        }
        catch (CultureNotFoundException)
        {
            culture = CultureInfo.GetCultureInfo("en");
        }
        if (culture.Calendar is GregorianCalendar) return culture;
        var gregorian = culture.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault();
        if (gregorian is null) return CultureInfo.GetCultureInfo("en");
        var clone = (CultureInfo)culture.Clone();
        clone.DateTimeFormat.Calendar = gregorian;
        return CultureInfo.ReadOnly(clone);
    }
}
