using Briefing.Diagnostics;
using Briefing.Document;
using Briefing.Text;
using Briefing.Text.Hyphenation;

namespace Briefing.Layout;

/// <summary>What the elements of one document share while being built and laid out: fonts, hyphenation, page body size, diagnostics.</summary>
internal sealed class TypesetContext(FontLibrary fonts, Theme theme, string sourcePath, Hyphenators? hyphenators = null)
{
    private readonly HashSet<int> _reportedMissing = [];

    public FontLibrary Fonts { get; } = fonts;

    public Theme Theme { get; } = theme;

    public Hyphenators Hyphenators { get; } = hyphenators ?? new Hyphenators();

    public string SourcePath { get; } = sourcePath;

    /// <summary>The page setup of the section being built: the theme's, or its landscape turn.</summary>
    public PageSetup Page { get; set; } = theme.Page;

    public float BodyHeight => Page.BodyHeight;

    /// <summary>The footnotes set at the foot of the page that cites them; null when the theme sets them at the end.</summary>
    public Elements.PageFoot? Foot { get; set; }

    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>
    /// The word ranges of the paragraph being shaped, which its words replace at once: one list serves every paragraph
    /// of the document rather than one list per paragraph left to the collector.
    /// </summary>
    internal List<(int Start, int ContentEnd, int End, bool Forced, bool Hyphen)> WordRanges { get; } = [];

    /// <summary>The block being built, for diagnostics found while shaping it.</summary>
    public Node? At { get; set; }

    /// <remarks>
    /// The warning names where the character was written: the fact-sheet value or template line of the first text
    /// of the block that holds it.
    /// </remarks>
    public void MissingGlyph(int codepoint)
    {
        if (_reportedMissing.Add(codepoint))
        {
            var character = char.ConvertFromUtf32(codepoint);
            var text = At is null ? null : NodeWalk.Self(At).OfType<TextNode>().FirstOrDefault(t => t.Text.Contains(character, StringComparison.Ordinal));
            var warning = SourcePlaces.At(SourcePath, (text ?? At)?.Span, fromData: true, Severity.Warning,
                $"no font can draw U+{codepoint:X4} `{character}`; `\uFFFD` is drawn in its place (the text keeps the character for search and copy)",
                "add a font that covers it to the fonts/ folder or the theme's font list");
            Diagnostics.Add(warning with { MissingCharacter = codepoint });
        }
    }
}
