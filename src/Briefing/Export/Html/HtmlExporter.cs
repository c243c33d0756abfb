using System.Globalization;
using System.Text;
using Briefing.Document;

namespace Briefing.Export.Html;

/// <summary>
/// Writes a document tree as one self-contained HTML5 file: semantic elements, the theme as CSS (print included),
/// the banner at top and bottom, images as data URIs, footnotes in an aside with links back. No script, nothing
/// fetched from elsewhere, every value escaped.
/// </summary>
public static class HtmlExporter
{
    public static void Write(TreeDocument document, Stream output)
    {
        var bytes = new UTF8Encoding(false).GetBytes(Write(document));
        output.Write(bytes);
    }

    public static string Write(TreeDocument document)
    {
        var metadata = document.Metadata;
        var language = metadata.Language ?? document.Tree.Language;
        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html>\n<html");
        if (!string.IsNullOrWhiteSpace(language))
        {
            html.Append(" lang=\"").Escaped(language).Append('"');
        }
        html.Append(">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Escaped(metadata.Title).Append("</title>\n");
        Meta(html, "description", metadata.Subject);
        Meta(html, "author", metadata.Author);
        Meta(html, "keywords", metadata.Keywords);
        Meta(html, "dcterms.date", metadata.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        html.Append("<style>\n").Append(ThemeCss.Write(document.Theme, metadata)).Append("</style>\n</head>\n<body>\n");
        var banner = RunningValues.Banner(document.Theme, metadata);
        Banner(html, banner, "top");
        html.Append("<main>\n");
        var body = new HtmlBlocks(html, document, language);
        body.Write();
        html.Append("</main>\n");
        body.WriteFootnotes();
        Banner(html, banner, "bottom");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Meta(StringBuilder html, string name, string? content)
    {
        if (!string.IsNullOrWhiteSpace(content))
        {
            html.Append("<meta name=\"").Append(name).Append("\" content=\"").Escaped(content).Append("\">\n");
        }
    }

    private static void Banner(StringBuilder html, (string Text, Layout.Pages.Rgba Colour)? banner, string edge)
    {
        if (banner is { } b)
        {
            var element = edge == "top" ? "header" : "footer";
            html.Append('<').Append(element).Append(" class=\"bf-banner bf-banner-").Append(edge).Append("\" style=\"color: ")
                .Append(b.Colour.ToString()).Append("\">").Escaped(b.Text).Append("</").Append(element).Append(">\n");
        }
    }
}
