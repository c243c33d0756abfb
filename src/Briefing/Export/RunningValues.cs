using System.Globalization;
using Briefing.Layout.Pages;

namespace Briefing.Export;

/// <summary>The placeholders of a banner, header or footer that do not depend on the page, filled from the metadata.</summary>
internal static class RunningValues
{
    public static string Fill(string template, DocumentMetadata metadata) => template
        .Replace("{classification}", metadata.Classification ?? "", StringComparison.Ordinal)
        .Replace("{title}", metadata.Title, StringComparison.Ordinal)
        .Replace("{date}", metadata.Date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "", StringComparison.Ordinal);

    /// <summary>The banner's text and colour, or null when the theme has none or it comes out empty.</summary>
    public static (string Text, Rgba Colour)? Banner(Layout.Theme theme, DocumentMetadata metadata)
    {
        if (theme.Banner is not { } banner)
        {
            return null;
        }
        var text = Fill(banner.Text, metadata).Replace("{page}", "", StringComparison.Ordinal).Replace("{pages}", "", StringComparison.Ordinal).Trim();
        var colour = banner.Colours.TryGetValue(metadata.Classification ?? "", out var c) ? c : banner.Colour;
        return text.Length == 0 ? null : (text, colour);
    }
}
