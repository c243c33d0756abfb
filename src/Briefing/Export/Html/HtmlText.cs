using System.Text;

namespace Briefing.Export.Html;

/// <summary>Escaping for HTML text and attribute values, and for strings inside CSS.</summary>
internal static class HtmlText
{
    /// <summary>Appends <paramref name="text"/> so that it is read as text in content and in quoted attributes: data never becomes markup.</summary>
    public static StringBuilder Escaped(this StringBuilder html, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                // HTML5 forbids most control characters in text; the Markdown escaper drops them from values already.
                case < ' ' and not ('\n' or '\t'): break;
                default: html.Append(c); break;
            }
        }
        return html;
    }

    /// <summary>A CSS string literal; <c>&lt;</c> is escaped too, so nothing in it can close the style element.</summary>
    public static string CssString(string text)
    {
        var css = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\' or '<' or '>' or '&' || char.IsControl(c))
            {
                css.Append('\\').Append(((int)c).ToString("x", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
            }
            else
            {
                css.Append(c);
            }
        }
        return css.Append('"').ToString();
    }

    /// <summary>Only links a reader can follow without running anything: web, mail and telephone links and the document's own anchors.</summary>
    public static bool IsSafeUrl(string url) =>
        url.StartsWith('#')
        || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase);
}
