namespace Briefing;

/// <summary>
/// What to render a fact sheet with: a template of a templates folder and, optionally, a theme file layered over
/// the template's own <c>theme.yaml</c> (it changes only what it names). Fonts are looked up in <c>fonts/</c> beside the
/// templates, then among the fonts that ship with Briefing, then (unless <see cref="SystemFonts"/> is false) among the system's.
/// </summary>
public sealed record RenderOptions(string TemplatesDirectory, string Template = RenderOptions.DefaultTemplate, string? ThemePath = null)
{
    public const string DefaultTemplate = "memo";

    /// <summary>The theme used when <see cref="ThemePath"/> is not given.</summary>
    public string TemplateThemePath => Path.Combine(TemplatesDirectory, Template, "theme.yaml");

    public string FontsDirectory => Path.Combine(TemplatesDirectory, "fonts");

    /// <summary>The folders whose fonts come first: the template's own <c>fonts/</c>, then the one all templates share.</summary>
    public IReadOnlyList<string> FontFolders => [Path.Combine(TemplatesDirectory, Template, "fonts"), FontsDirectory];

    /// <summary>Whether fonts installed on the machine may draw what the template's and the shipped fonts cannot.</summary>
    public bool SystemFonts { get; init; } = true;

    /// <summary>
    /// Whether a quote not found in its source's saved text, a footnote reference with no note and a note never
    /// cited are errors rather than warnings.
    /// </summary>
    public bool Strict { get; init; }
}
