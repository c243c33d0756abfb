using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.Layout.Pages;

/// <summary>
/// The placeholders of a banner, header or footer (<c>{classification}</c>, <c>{title}</c>, <c>{date}</c>,
/// <c>{page}</c>, <c>{pages}</c>) filled in one pass over the theme's text: a value that itself holds <c>{pages}</c>
/// or <c>{title}</c> is printed as it is, never expanded. The date is written as the body writes dates, in the
/// document's language.
/// </summary>
internal static partial class RunningPlaceholders
{
    /// <param name="template">The theme's text.</param>
    /// <param name="metadata">The document's title, date, language and classification.</param>
    /// <param name="page">The page's number; null leaves <c>{page}</c> for a later writer.</param>
    /// <param name="pages">The page count; null leaves <c>{pages}</c> for a later writer.</param>
    public static string Fill(string template, DocumentMetadata metadata, string? page, string? pages) =>
        Placeholder().Replace(template, m => m.Groups[1].Value switch
        {
            "classification" => metadata.Classification ?? "",
            "title" => metadata.Title,
            "date" => metadata.Date is { } date
                ? new Templating.DateText(metadata.Language ?? "en").Date(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) ?? ""
                : "",
            "page" when page is not null => page,
            "pages" when pages is not null => pages,
            _ => m.Value,
        });

    [GeneratedRegex(@"\{([a-z]+)\}")]
    private static partial Regex Placeholder();
}
