using System.Globalization;
using System.Text;
using Briefing.Layout;
using Briefing.Layout.Pages;

namespace Briefing.Export.Html;

/// <summary>The theme as a style sheet: block kinds as element rules, named styles as classes, and the page for print.</summary>
internal static class ThemeCss
{
    private static readonly (string Kind, string Selector)[] Kinds =
    [
        ("paragraph", "p"),
        ("heading1", ".bf-h1"),
        ("heading2", ".bf-h2"),
        ("heading3", ".bf-h3"),
        ("heading4", ".bf-h4"),
        ("heading5", ".bf-h5"),
        ("heading6", ".bf-h6"),
        ("list", "ul, ol"),
        ("list-item", "li"),
        ("table", "table"),
        ("table-header", "th"),
        ("blockquote", "blockquote"),
        ("container", ".bf-box"),
        ("code-block", "pre"),
        ("code", "code"),
        ("link", "a"),
        ("figure", "figure"),
        ("caption", "figcaption"),
        ("footnotes", ".bf-footnotes"),
    ];

    public static string Write(Theme theme, DocumentMetadata metadata)
    {
        var css = new StringBuilder();
        var page = theme.Page;
        css.Append(Invariant($"@page {{ size: {page.Width}pt {page.Height}pt; margin: {page.MarginTop}pt {page.MarginRight}pt {page.MarginBottom}pt {page.MarginLeft}pt;"));
        RunningBoxes(css, "top", theme.Header, theme, metadata);
        RunningBoxes(css, "bottom", theme.Footer, theme, metadata);
        css.Append(" }\n");
        css.Append(Invariant($"body {{ margin: 0 auto; padding: 1em 2em; max-width: {page.BodyWidth}pt; font-family: {Families(theme.Fonts.Body)};"));
        css.Append(Declarations(theme.Base, theme)).Append(" }\n");
        css.Append(Invariant($"h1, h2, h3, h4, h5, h6 {{ font-family: {Families(theme.Fonts.Heading)}; }}\n"));
        css.Append(Invariant($"code, pre {{ font-family: {Families(theme.Fonts.Mono, "monospace")}; }}\n"));
        // Layout gives a table the width of the text, whatever its columns hold.
        css.Append("table { border-collapse: collapse; width: 100%; } th, td { vertical-align: top; text-align: start; }\n");
        css.Append("figure { margin-left: 0; margin-right: 0; text-align: center; } figure img { max-width: 100%; height: auto; }\n");
        css.Append(".bf-pagebreak { break-after: page; } .bf-contents { list-style: none; padding-left: 0; } .bf-contents .bf-contents { padding-left: 12pt; }\n");
        css.Append(".bf-footnote-ref { font-size: 70%; vertical-align: super; line-height: 0; }\n");
        foreach (var (kind, selector) in Kinds)
        {
            if (theme.Blocks.TryGetValue(kind, out var style))
            {
                css.Append(selector).Append(" {").Append(Declarations(style, theme)).Append(" }\n");
            }
        }
        var table = theme.Block("table");
        var rule = $"{Number(table.RuleWidth ?? 0.5f)}pt solid {table.RuleColour ?? Rgba.Black}";
        css.Append(Invariant($"th, td {{ padding: {table.CellPadding ?? 4}pt; border-bottom: {rule}; }}\n"));
        if (table.HeaderBackground is { } header)
        {
            css.Append("thead th { background-color: ").Append(header).Append("; }\n");
        }
        css.Append(".bf-h1, .bf-h2, .bf-h3, .bf-h4, .bf-h5, .bf-h6 { break-after: avoid; }\n");
        foreach (var (name, style) in theme.Styles.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            css.Append('.').Append(ClassName(name)).Append(" {").Append(Declarations(style, theme)).Append(" }\n");
        }
        if (theme.Banner is { } banner)
        {
            css.Append(Invariant($".bf-banner {{ text-align: center; font-family: {Families(theme.Fonts.Heading)}; font-size: {banner.Size}pt; font-weight: {(banner.Bold ? "bold" : "normal")}; margin: 0.5em 0; }}\n"));
            // Printed, the banner stands at the top and bottom edge of every sheet, as in the PDF.
            css.Append("@media print { body { padding: 0; max-width: none; } .bf-banner { position: fixed; left: 0; right: 0; margin: 0; } .bf-banner-top { top: -");
            css.Append(Number(page.MarginTop - 14)).Append("pt; } .bf-banner-bottom { bottom: -").Append(Number(page.MarginBottom - 14)).Append("pt; } }\n");
        }
        return css.ToString();
    }

    /// <summary>Classes are theme names; anything outside letters, digits, '-' and '_' is dropped so a name cannot break the rule.</summary>
    public static string ClassName(string name) =>
        new(name.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').ToArray());

    private static void RunningBoxes(StringBuilder css, string edge, RunningText? running, Theme theme, DocumentMetadata metadata)
    {
        if (running is null)
        {
            return;
        }
        var size = running.Style.Size ?? 8;
        foreach (var (slot, text) in new[] { ("left", running.Left), ("center", running.Center), ("right", running.Right) })
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            css.Append(" @").Append(edge).Append('-').Append(slot).Append(" { content: ").Append(Content(RunningValues.Fill(text, metadata)));
            css.Append(Invariant($"; font-size: {size}pt; font-family: {Families(theme.FamiliesOf(running.Style.Font))}"));
            if (running.Style.Colour is { } colour)
            {
                css.Append("; color: ").Append(colour);
            }
            css.Append("; vertical-align: ").Append(edge == "top" ? "bottom" : "top").Append("; }");
        }
    }

    /// <summary>Running text as CSS content: the page placeholders become page counters.</summary>
    private static string Content(string text)
    {
        var parts = new List<string>();
        var rest = text;
        while (rest.Length > 0)
        {
            var page = rest.IndexOf("{page}", StringComparison.Ordinal);
            var pages = rest.IndexOf("{pages}", StringComparison.Ordinal);
            var next = page < 0 ? pages : pages < 0 ? page : Math.Min(page, pages);
            if (next < 0)
            {
                parts.Add(HtmlText.CssString(rest));
                break;
            }
            if (next > 0)
            {
                parts.Add(HtmlText.CssString(rest[..next]));
            }
            var isPages = next == pages;
            parts.Add(isPages ? "counter(pages)" : "counter(page)");
            rest = rest[(next + (isPages ? 7 : 6))..];
        }
        return parts.Count == 0 ? "\"\"" : string.Join(" ", parts);
    }

    private static string Declarations(BlockStyle style, Theme theme)
    {
        var css = new StringBuilder();
        void Add(string property, string? value)
        {
            if (value is not null)
            {
                css.Append(' ').Append(property).Append(": ").Append(value).Append(';');
            }
        }
        Add("font-family", style.Font is { } font ? Families(font.In(theme.Fonts), font.Role == FontChoice.Mono ? "monospace" : null) : null);
        Add("font-size", style.Size is { } size ? Number(size) + "pt" : null);
        Add("font-weight", style.Bold is { } bold ? (bold ? "bold" : "normal") : null);
        Add("font-style", style.Italic is { } italic ? (italic ? "italic" : "normal") : null);
        Add("color", style.Colour?.ToString());
        Add("text-align", style.Align switch
        {
            TextAlign.Left => "left",
            TextAlign.Right => "right",
            TextAlign.Center => "center",
            TextAlign.Justify => "justify",
            TextAlign.Start => "start",
            _ => null,
        });
        Add("line-height", style.LineHeight is { } lineHeight ? Number(lineHeight) : null);
        Add("margin-top", style.SpaceBefore is { } before ? Number(before) + "pt" : null);
        Add("margin-bottom", style.SpaceAfter is { } after ? Number(after) + "pt" : null);
        Add("background-color", style.Background?.ToString());
        Add("border", style.Border is { } border ? Border(border) : null);
        Add("border-left", style.BorderLeft is { } left ? Border(left) : null);
        Add("border-bottom", style.BorderBottom is { } bottom ? Border(bottom) : null);
        Add("padding", style.Padding is { } padding
            ? $"{Number(padding.Top)}pt {Number(padding.Right)}pt {Number(padding.Bottom)}pt {Number(padding.Left)}pt" : null);
        Add("padding-inline-start", style.Indent is { } indent ? Number(indent) + "pt" : null);
        Add("break-inside", style.KeepTogether == true ? "avoid" : null);
        Add("break-after", style.KeepWithNext == true ? "avoid" : null);
        Add("text-decoration", style.Underline is { } underline ? (underline ? "underline" : "none") : null);
        return css.ToString();
    }

    private static string Border(BorderStyle border) => $"{Number(border.Width)}pt solid {border.Colour}";

    private static string Families(IReadOnlyList<string> families, string? generic = null) =>
        string.Join(", ", families.Select(HtmlText.CssString).Append(generic ?? Generic(families)));

    private static string Generic(IReadOnlyList<string> families) =>
        families.FirstOrDefault() is { } first && first.Contains("Serif", StringComparison.OrdinalIgnoreCase) && !first.Contains("Sans", StringComparison.OrdinalIgnoreCase)
            ? "serif"
            : "sans-serif";

    private static string Number(float value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
