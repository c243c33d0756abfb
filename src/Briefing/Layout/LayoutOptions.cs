namespace Briefing.Layout;

/// <summary>
/// Where the Markdown came from: <see cref="SourcePath"/> names it in diagnostics; images are read relative to
/// <see cref="BaseDirectory"/> (none are read when it is null). <see cref="ThemePath"/> names the theme in warnings about it.
/// </summary>
public sealed record LayoutOptions(string SourcePath = "document.md", string? BaseDirectory = null, string? ThemePath = null);
