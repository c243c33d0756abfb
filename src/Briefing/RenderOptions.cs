namespace Briefing;

/// <summary>
/// What to render a fact sheet with: a template of a templates folder and, optionally, a theme file other than
/// the template's own <c>theme.yaml</c>. Fonts are looked up in <c>fonts/</c> beside the templates, then the system.
/// </summary>
public sealed record RenderOptions(string TemplatesDirectory, string Template = RenderOptions.DefaultTemplate, string? ThemePath = null)
{
    public const string DefaultTemplate = "memo";

    /// <summary>The theme used when <see cref="ThemePath"/> is not given.</summary>
    public string TemplateThemePath => Path.Combine(TemplatesDirectory, Template, "theme.yaml");

    public string FontsDirectory => Path.Combine(TemplatesDirectory, "fonts");
}
