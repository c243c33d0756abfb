using Briefing.Diagnostics;
using Briefing.Text;

namespace Briefing.Layout;

/// <summary>What the elements of one document share while being built and laid out: fonts, page body size, diagnostics.</summary>
internal sealed class TypesetContext(FontLibrary fonts, Theme theme, string sourcePath)
{
    private readonly HashSet<int> _reportedMissing = [];

    public FontLibrary Fonts { get; } = fonts;

    public Theme Theme { get; } = theme;

    public string SourcePath { get; } = sourcePath;

    /// <summary>The page setup of the section being built: the theme's, or its landscape turn.</summary>
    public PageSetup Page { get; set; } = theme.Page;

    public float BodyHeight => Page.BodyHeight;

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
