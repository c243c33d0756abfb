using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.FactSheets.Format;

/// <summary>The textual formats of the spec: slugs, dates, partial dates, date-times, language tags.</summary>
internal static class ScalarFormats
{
    /// <summary>The longest slug: a fact sheet's id names its output files (<c>ID.TEMPLATE.pdf</c>), and a file name holds at most 255 bytes.</summary>
    public const int SlugMaxLength = 100;

    public const string SlugPattern = "^[a-z][a-z0-9-]{0,99}$";
    public const string DatePattern = @"^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    public const string PartialDatePattern = @"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";
    public const string DateTimePattern = @"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})?$";

    // Language, optional script, optional region, variants: the parts of BCP 47 a briefing can use.
    public const string LanguagePattern =
        "^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$";

    // No absolute path, drive, `..` part or backslash: a source file cannot reach outside the sheet's folder.
    public const string RelativePathPattern = @"^(?![/~])(?![A-Za-z]:)(?!.*(^|/)\.\.(/|$))[^\\\x00]+$";

    public static readonly Regex RelativePathShape = new(RelativePathPattern, RegexOptions.CultureInvariant);

    public static bool IsRelativePath(string value) => RelativePathShape.IsMatch(value.Trim()) && value.Trim().Length > 0;

    public static readonly Regex SlugShape = new(SlugPattern, RegexOptions.CultureInvariant);
    public static readonly Regex DateShape = new(DatePattern, RegexOptions.CultureInvariant);
    public static readonly Regex PartialDateShape = new(PartialDatePattern, RegexOptions.CultureInvariant);
    public static readonly Regex DateTimeShape = new(DateTimePattern, RegexOptions.CultureInvariant);

    public static bool IsSlug(string value) => SlugShape.IsMatch(value);

    public static DateOnly? ParseDate(string value) =>
        DateShape.IsMatch(value)
        && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    public static PartialDate? ParsePartialDate(string value)
    {
        if (!PartialDateShape.IsMatch(value)) return null;
        var year = int.Parse(value.AsSpan(0, 4), CultureInfo.InvariantCulture);
        if (year < 1) return null;
        if (value.Length == 4) return new PartialDate(year, null, null);
        var month = int.Parse(value.AsSpan(5, 2), CultureInfo.InvariantCulture);
        if (month is < 1 or > 12) return null;
        if (value.Length == 7) return new PartialDate(year, month, null);
        return ParseDate(value) is { } date ? PartialDate.From(date) : null;
    }

    public static EventTime? ParseDateTime(string value)
    {
        if (!DateTimeShape.IsMatch(value)) return null;
        if (ParseDate(value[..10]) is not { } date) return null;
        var hour = int.Parse(value.AsSpan(11, 2), CultureInfo.InvariantCulture);
        var minute = int.Parse(value.AsSpan(14, 2), CultureInfo.InvariantCulture);
        if (hour > 23 || minute > 59) return null;
        var local = date.ToDateTime(new TimeOnly(hour, minute), DateTimeKind.Unspecified);
        if (value.Length == 16) return new EventTime(local, null);
        if (value[16] == 'Z') return new EventTime(local, TimeSpan.Zero);
        var offsetHours = int.Parse(value.AsSpan(17, 2), CultureInfo.InvariantCulture);
        var offsetMinutes = int.Parse(value.AsSpan(20, 2), CultureInfo.InvariantCulture);
        // Real offsets run from -12:00 to +14:00.
        if (offsetHours > 14 || offsetMinutes > 59) return null;
        var offset = new TimeSpan(offsetHours, offsetMinutes, 0);
        return new EventTime(local, value[16] == '-' ? -offset : offset);
    }
}
