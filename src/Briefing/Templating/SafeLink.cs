using System.Text;

namespace Briefing.Templating;

/// <summary>A Markdown link built from data: the text escaped, the address limited to web and mail schemes.</summary>
/// <remarks>
/// The destination goes between angle brackets with spaces and brackets percent-encoded, so no address can
/// close the link early or smuggle in a title; <c>javascript:</c> and file addresses are refused.
/// </remarks>
internal static class SafeLink
{
    private static readonly string[] Schemes = ["http://", "https://", "mailto:"];

    public static MarkdownText? Of(string text, string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return new MarkdownText(MarkdownEscaper.Escape(text));
        var address = url.Trim();
        if (!Schemes.Any(s => address.StartsWith(s, StringComparison.OrdinalIgnoreCase))) return null;
        var label = MarkdownEscaper.Escape(text.Length == 0 ? address : text);
        return new MarkdownText($"[{label}](<{Encode(address)}>)");
    }

    private static string Encode(string address)
    {
        var sb = new StringBuilder(address.Length);
        foreach (var c in address)
        {
            if (c is ' ' or '<' or '>' or '\\' or '"' or '`' || char.IsControl(c))
                sb.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
