namespace Briefing.Layout;

/// <summary>Everything about how a document looks: page, fonts, block styles, named styles, running texts and banner.</summary>
public sealed record Theme(
    PageSetup Page,
    FontFamilies Fonts,
    BlockStyle Base,
    IReadOnlyDictionary<string, BlockStyle> Blocks,
    IReadOnlyDictionary<string, BlockStyle> Styles,
    RunningText? Header,
    RunningText? Footer,
    Banner? Banner)
{
    /// <summary>The watermark's look, and its text when the document gives none; null for the defaults.</summary>
    public Watermark? Watermark { get; init; }

    /// <summary>The style of a block kind (<c>paragraph</c>, <c>heading1</c>, <c>table</c>, ...) over the base.</summary>
    public BlockStyle Block(string kind) => Blocks.TryGetValue(kind, out var style) ? style : BlockStyle.Empty;

    /// <summary>The families of a block's font choice in this theme; no choice is the body font.</summary>
    public IReadOnlyList<string> FamiliesOf(FontChoice? font) => font?.In(Fonts) ?? Fonts.Body;

    /// <summary>A named style, if the theme defines it.</summary>
    public BlockStyle? Named(string name) => Styles.TryGetValue(name, out var style) ? style : null;
}
