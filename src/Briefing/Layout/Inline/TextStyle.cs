using Briefing.Layout.Pages;
using Briefing.Text;

namespace Briefing.Layout.Inline;

/// <summary>
/// How a span of inline text is drawn. <see cref="Link"/> is a URI or <c>#destination</c>; <see cref="Language"/>
/// (a BCP 47 tag) chooses hyphenation and shaping rules, and <see cref="Hyphenate"/> is off for code, addresses and headings.
/// <see cref="Note"/> is the number of the footnote a reference mark cites (0 for other text).
/// </summary>
internal sealed record TextStyle(
    FontRequest Font,
    float Size,
    Rgba Colour,
    bool Underline = false,
    Rgba? Background = null,
    string? Link = null,
    float BaselineShift = 0,
    bool Strikethrough = false,
    string? Language = null,
    bool Hyphenate = true,
    int Note = 0);
