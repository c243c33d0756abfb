using System.Globalization;
using Briefing.Document;
using Briefing.Layout.Inline;
using Briefing.Layout.Pages;
using Briefing.Text;

namespace Briefing.Layout;

/// <summary>
/// Turns inline nodes into styled spans: emphasis, strong, code, links, breaks, footnote and page references,
/// images. Page references print the pages of <paramref name="pageOf"/> (0-based, by heading id), the previous
/// layout pass's.
/// </summary>
internal sealed class InlineSpans(StyleSheet styles, IReadOnlyDictionary<string, int>? pageOf, ImageAltText altText)
{
    // Before the first pass has placed any heading, a page reference holds the place of a one-digit number.
    private const string UnknownPage = "0";

    /// <summary>True once a page reference has been turned into a span: the layout must be made again knowing the pages.</summary>
    public bool UsesPageNumbers { get; private set; }

    public List<InlineSpan> Spans(IReadOnlyList<InlineNode> inlines, TextStyle style)
    {
        var spans = new List<InlineSpan>();
        AddAll(spans, inlines, style);
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

    private void AddAll(List<InlineSpan> spans, IReadOnlyList<InlineNode> inlines, TextStyle style)
    {
        foreach (var inline in inlines)
        {
            Add(spans, inline, style);
        }
    }

    private void Add(List<InlineSpan> spans, InlineNode inline, TextStyle style)
    {
        switch (inline)
        {
            case TextNode text:
                spans.Add(new InlineSpan(text.Text, style with { Language = text.Language }));
                break;
            case CodeNode code:
                var look = styles.Theme.Block("code");
                spans.Add(new InlineSpan(code.Text, style with
                {
                    Font = new FontRequest((look.Font ?? FontChoice.OfRole(FontChoice.Mono)).In(styles.Theme.Fonts), style.Font.Bold, false),
                    Size = look.Size ?? style.Size * 0.9f,
                    Colour = look.Colour ?? style.Colour,
                    Background = look.Background,
                }));
                break;
            case LineBreakNode lineBreak:
                spans.Add(new InlineSpan(lineBreak.IsHard ? "\n" : " ", style));
                break;
            case FootnoteReferenceNode note:
                var number = note.Number.ToString(CultureInfo.InvariantCulture);
                spans.Add(new InlineSpan(number, style with
                {
                    Size = style.Size * 0.7f,
                    BaselineShift = style.Size * 0.35f,
                    Link = "#fn-" + number,
                    Note = note.Number,
                }));
                break;
            case PageReferenceNode reference:
                UsesPageNumbers = true;
                var page = pageOf is not null && pageOf.TryGetValue(reference.Target, out var index)
                    ? (index + 1).ToString(CultureInfo.InvariantCulture)
                    : UnknownPage;
                spans.Add(new InlineSpan(page, LinkStyle(style, "#" + reference.Target) with { Language = reference.Language, Hyphenate = false }));
                break;
            case InlineImageNode image:
                // Among words an image is read as its alternative text, so it needs one as much as a figure does.
                altText.Check(image, image.Url, image.AltText, image.Decorative);
                spans.Add(new InlineSpan(image.AltText, style));
                break;
            case LinkNode link:
                // An address written out is not a word to hyphenate.
                var address = link.Content is [TextNode only] && only.Text == link.Url;
                AddAll(spans, link.Content, LinkStyle(style, link.Url) with { Hyphenate = style.Hyphenate && !address });
                break;
            case StrongNode strong:
                AddAll(spans, strong.Content, style with { Font = style.Font with { Bold = true } });
                break;
            case EmphasisNode emphasis:
                AddAll(spans, emphasis.Content, style with { Font = style.Font with { Italic = true } });
                break;
            case DecoratedNode decorated:
                AddAll(spans, decorated.Content, Decorate(style, decorated.Decoration));
                break;
        }
    }

    private TextStyle LinkStyle(TextStyle style, string url)
    {
        var look = styles.Theme.Block("link");
        return style with { Colour = look.Colour ?? style.Colour, Underline = look.Underline ?? style.Underline, Link = url };
    }

    private static TextStyle Decorate(TextStyle style, Decoration decoration) => decoration switch
    {
        Decoration.Superscript => style with { Size = style.Size * 0.7f, BaselineShift = style.BaselineShift + style.Size * 0.35f },
        Decoration.Strikethrough => style with { Strikethrough = true },
        Decoration.Subscript => style with { Size = style.Size * 0.7f, BaselineShift = style.BaselineShift - style.Size * 0.15f },
        Decoration.Inserted => style with { Underline = true },
        Decoration.Marked => style with { Background = new Rgba(0xff, 0xf0, 0x9a) },
        _ => style,
    };
}
