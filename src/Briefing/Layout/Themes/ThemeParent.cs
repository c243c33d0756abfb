using YamlDotNet.RepresentationModel;

namespace Briefing.Layout;

/// <summary>Finds the file a theme's <c>extends</c> names: a template's theme by name, or a path beside the theme.</summary>
internal static class ThemeParent
{
    public static string? Resolve(ThemeReader reader, YamlNode node, string themePath, string? templatesDirectory, IReadOnlyList<string> chain)
    {
        var name = reader.Text(node, "extends");
        if (string.IsNullOrWhiteSpace(name))
        {
            if (name is not null)
            {
                reader.Error(node, "`extends` is empty", "name a template (`extends: memo`) or a theme file (`extends: ../memo/theme.yaml`)");
            }
            return null;
        }
        var isPath = name.Contains('/') || name.Contains('\\') || name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
        string path;
        if (isPath)
        {
            path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(themePath)) ?? "", name));
            if (!File.Exists(path))
            {
                reader.Error(node, $"the theme `{name}` that `extends` names was not found", $"looked for {path}; a path is relative to the folder of this theme");
                return null;
            }
        }
        else
        {
            if (templatesDirectory is null || !File.Exists(path = Path.Combine(templatesDirectory, name, "theme.yaml")))
            {
                var known = templatesDirectory is null || !Directory.Exists(templatesDirectory)
                    ? []
                    : Directory.GetDirectories(templatesDirectory)
                        .Where(d => File.Exists(Path.Combine(d, "theme.yaml")))
                        .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
                var close = FactSheets.Format.KeySuggestion.Closest(name, known);
                reader.Error(node, $"no template `{name}` with a theme.yaml to extend",
                    (close is null ? "" : $"did you mean `{close}`? ") + (known.Count == 0 ? "no template of the templates folder has a theme" : $"templates with a theme: {string.Join(", ", known)}"));
                return null;
            }
        }
        var full = Path.GetFullPath(path);
        if (chain.Any(f => string.Equals(Path.GetFullPath(f), full, StringComparison.Ordinal)))
        {
            reader.Error(node, $"`extends: {name}` leads back to this theme", "themes extend one another in a line, never in a circle");
            return null;
        }
        return path;
    }
}
