using System.Globalization;

namespace Briefing.Export.Pdf;

/// <summary>Dates as the information dictionary (ISO 32000-1, 7.9.4) and XMP (ISO 8601) write them, in UTC.</summary>
internal static class PdfDate
{
    public static string Info(DateTimeOffset date) =>
        "D:" + date.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z";

    public static string Xmp(DateTimeOffset date) =>
        date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "Z";
}
