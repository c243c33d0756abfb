namespace Briefing.Layout;

/// <summary>
/// Where the Markdown came from: <see cref="SourcePath"/> names it in diagnostics; images are read relative to
/// <see cref="BaseDirectory"/> (none are read when it is null). <see cref="ThemePath"/> names the theme in warnings about it.
/// <see cref="Strict"/> makes a footnote reference with no note, and a note never cited, errors rather than warnings.
/// </summary>
public sealed record LayoutOptions(string SourcePath = "document.md", string? BaseDirectory = null, string? ThemePath = null, bool Strict = false);
