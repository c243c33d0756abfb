using System.Globalization;
using Briefing.Layout;
using Briefing.Layout.Inline;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Markup;

/// <summary>Turns Markdown inlines into styled spans: emphasis, strong, code, links, breaks, footnote references.</summary>
internal sealed class InlineBuilder(StyleSheet styles)
{
    public List<InlineSpan> Spans(ContainerInline? inline, TextStyle style)
    {
        var spans = new List<InlineSpan>();
        if (inline is not null)
        {
            Add(spans, inline, style);
        }
        // Markdig splits literals at punctuation; rejoining them keeps kerning and ligatures across the seams.
        var merged = new List<InlineSpan>();
        foreach (var span in spans)
        {
            if (merged.Count > 0 && merged[^1].Style == span.Style)
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + span.Text };
            }
            else if (span.Text.Length > 0)
            {
                merged.Add(span);
            }
        }
        return merged;
    }

    private void Add(List<InlineSpan> spans, Inline inline, TextStyle style)
    {
        switch (inline)
        {
            case LiteralInline literal:
                spans.Add(new InlineSpan(literal.Content.ToString(), style));
                break;
            case CodeInline code:
                var look = styles.Theme.Block("code");
                spans.Add(new InlineSpan(code.Content, style with
                {
                    Font = new Briefing.Text.FontRequest((look.Font ?? FontChoice.OfRole(FontChoice.Mono)).In(styles.Theme.Fonts), style.Font.Bold, false),
                    Size = look.Size ?? style.Size * 0.9f,
                    Colour = look.Colour ?? style.Colour,
                    Background = look.Background,
                }));
                break;
            case LineBreakInline lineBreak:
                spans.Add(new InlineSpan(lineBreak.IsHard ? "\n" : " ", style));
                break;
            case HtmlEntityInline entity:
                spans.Add(new InlineSpan(entity.Transcoded.ToString(), style));
                break;
            case HtmlInline html when IsLineBreak(html.Tag):
                spans.Add(new InlineSpan("\n", style));
                break;
            case HtmlInline:
                break;
            case AutolinkInline auto:
                spans.Add(new InlineSpan(auto.Url, LinkStyle(style, auto.IsEmail ? "mailto:" + auto.Url : auto.Url)));
                break;
            case FootnoteLink { IsBackLink: false } note:
                var number = note.Footnote.Order.ToString(CultureInfo.InvariantCulture);
                spans.Add(new InlineSpan(number, style with
                {
                    Size = style.Size * 0.7f,
                    BaselineShift = style.Size * 0.35f,
                    Link = "#fn-" + number,
                }));
                break;
            case FootnoteLink:
                break;
            case LinkInline { IsImage: true } image:
                var alt = string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
                spans.Add(new InlineSpan(alt, style with { Colour = style.Colour }));
                break;
            case LinkInline link:
                AddChildren(spans, link, LinkStyle(style, link.GetDynamicUrl?.Invoke() ?? link.Url ?? ""));
                break;
            case EmphasisInline emphasis:
                AddChildren(spans, emphasis, Emphasis(style, emphasis));
                break;
            case ContainerInline container:
                AddChildren(spans, container, style);
                break;
        }
    }

    /// <summary>Template authors write <c>&lt;br&gt;</c> for a line break inside table cells, where Markdown has none.</summary>
    private static bool IsLineBreak(string? tag) =>
        tag is not null && System.Text.RegularExpressions.Regex.IsMatch(tag, @"^<br\s*/?>$", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private void AddChildren(List<InlineSpan> spans, ContainerInline container, TextStyle style)
    {
        foreach (var child in container)
        {
            Add(spans, child, style);
        }
    }

    private TextStyle LinkStyle(TextStyle style, string url)
    {
        var look = styles.Theme.Block("link");
        return style with { Colour = look.Colour ?? style.Colour, Underline = look.Underline ?? style.Underline, Link = url };
    }

    private static TextStyle Emphasis(TextStyle style, EmphasisInline emphasis) => (emphasis.DelimiterChar, emphasis.DelimiterCount) switch
    {
        ('*' or '_', >= 2) => style with { Font = style.Font with { Bold = true } },
        ('*' or '_', _) => style with { Font = style.Font with { Italic = true } },
        ('^', _) => style with { Size = style.Size * 0.7f, BaselineShift = style.BaselineShift + style.Size * 0.35f },
        ('~', >= 2) => style with { Strikethrough = true },
        ('~', 1) => style with { Size = style.Size * 0.7f, BaselineShift = style.BaselineShift - style.Size * 0.15f },
        ('+', _) => style with { Underline = true },
        ('=', _) => style with { Background = new Briefing.Layout.Pages.Rgba(0xff, 0xf0, 0x9a) },
        _ => style,
    };
}
