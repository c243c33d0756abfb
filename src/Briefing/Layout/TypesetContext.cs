using Briefing.Diagnostics;
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

    public float BodyHeight => Theme.Page.BodyHeight;

    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>The source position (1-based) of the block being built, for diagnostics found while shaping it.</summary>
    public (int Line, int Column) At { get; set; }

    public void MissingGlyph(int codepoint)
    {
        if (_reportedMissing.Add(codepoint))
        {
            Diagnostics.Add(new Diagnostic(SourcePath, At.Line, At.Column, Severity.Warning,
                $"no font can draw U+{codepoint:X4} `{char.ConvertFromUtf32(codepoint)}`; `\uFFFD` is drawn in its place (the text keeps the character for search and copy)",
                "add a font that covers it to the fonts/ folder or the theme's font list")
            { MissingCharacter = codepoint });
        }
    }
}
