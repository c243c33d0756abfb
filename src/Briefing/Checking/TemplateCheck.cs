using Briefing.Diagnostics;
using Briefing.FactSheets;
using Briefing.Templating;

namespace Briefing.Checking;

/// <summary>
/// Renders templates against the generated <see cref="CheckSheets"/> (template, theme and layout, no output file)
/// and collects every error and warning once, with the sheets that reached it: a mistake in a branch that the
/// usual fact sheets never take is found before a real sheet takes it.
/// </summary>
public static class TemplateCheck
{
    /// <summary>The templates of <paramref name="templatesDirectory"/> to check: <paramref name="template"/> alone, or all.</summary>
    public static IReadOnlyList<string> Templates(string templatesDirectory, string? template) =>
        template is not null ? [template] : TemplateCatalog.List(templatesDirectory).Select(t => t.Name).ToList();

    /// <summary>Checks one template, with its own theme or <paramref name="themePath"/> layered over it.</summary>
    public static IReadOnlyList<CheckFinding> Run(BriefingRenderer renderer, string templatesDirectory, string template, string? themePath = null, bool systemFonts = true)
    {
        var found = new List<(Diagnostic Diagnostic, List<string> Sheets)>();
        foreach (var sheet in CheckSheets.All())
        {
            var path = $"generated:{sheet.Name}.yaml";
            var loaded = FactSheetLoader.Load(path, sheet.Yaml);
            if (loaded.FactSheet is null)
            {
                throw new InvalidOperationException($"the generated sheet {sheet.Name} is not valid: {string.Join("; ", loaded.Diagnostics)}");
            }
            var result = renderer.Render(loaded.FactSheet, path, new RenderOptions(templatesDirectory, template, themePath) { SystemFonts = systemFonts });
            foreach (var diagnostic in result.Diagnostics)
            {
                // The hint names the sheet being rendered; the finding names every sheet that reached it instead.
                var plain = diagnostic with { Hint = WithoutSheet(diagnostic.Hint, path) };
                var same = found.FindIndex(f => f.Diagnostic == plain);
                if (same < 0)
                {
                    found.Add((plain, [sheet.Name]));
                }
                else
                {
                    found[same].Sheets.Add(sheet.Name);
                }
            }
            // A template that cannot be found or a theme with errors fails the same way for every sheet.
            if (result.Diagnostics.Any(d => d.Severity == Severity.Error
                && (d.Message.StartsWith("Unknown template", StringComparison.Ordinal) || d.File.EndsWith("theme.yaml", StringComparison.Ordinal))))
            {
                break;
            }
        }
        return found.Select(f => new CheckFinding(template, f.Diagnostic, f.Sheets)).ToList();
    }

    private static string? WithoutSheet(string? hint, string path)
    {
        if (hint is null)
        {
            return null;
        }
        var trimmed = hint.Replace($"while rendering {path}", "", StringComparison.Ordinal).Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }
}
