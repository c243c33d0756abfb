using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Layout.Pages;

namespace Briefing.Export;

/// <summary>The placeholders of a banner, header or footer that do not depend on the page, filled from the metadata.</summary>
internal static partial class RunningValues
{
    /// <summary>
    /// The theme's text with its placeholders filled in one pass, as the PDF's pages fill them: a value that itself
    /// holds <c>{title}</c> or <c>{date}</c> is printed as it is. The date is written as the body writes dates, in the
    /// document's language. <c>{page}</c> and <c>{pages}</c> stay for the writer, or go when
    /// <paramref name="withoutPages"/>.
    /// </summary>
    public static string Fill(string template, DocumentMetadata metadata, bool withoutPages = false) =>
        Placeholder().Replace(template, m => m.Groups[1].Value switch
        {
            "classification" => metadata.Classification ?? "",
            "title" => metadata.Title,
            "date" => metadata.Date is { } date
                ? new Templating.DateText(metadata.Language ?? "en").Date(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) ?? ""
                : "",
            "page" or "pages" when withoutPages => "",
            _ => m.Value,
        });

    [GeneratedRegex(@"\{([a-z]+)\}")]
    private static partial Regex Placeholder();

    /// <summary>The banner's text and colour, or null when the theme has none or it comes out empty.</summary>
    public static (string Text, Rgba Colour)? Banner(Layout.Theme theme, DocumentMetadata metadata)
    {
        if (theme.Banner is not { } banner)
        {
            return null;
        }
        var text = Fill(banner.Text, metadata, withoutPages: true).Trim();
        var colour = banner.Colours.TryGetValue(metadata.Classification ?? "", out var c) ? c : banner.Colour;
        return text.Length == 0 ? null : (text, colour);
    }
}
