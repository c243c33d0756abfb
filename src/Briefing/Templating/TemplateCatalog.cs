namespace Briefing.Templating;

/// <summary>The templates a templates folder offers.</summary>
public static class TemplateCatalog
{
    /// <summary>Every folder holding a <c>template.sbn</c>, by name (ordinal order); folders starting with <c>_</c> hold partials and are skipped.</summary>
    public static IReadOnlyList<TemplateInfo> List(string templatesDir)
    {
        if (!Directory.Exists(templatesDir)) return [];
        return Directory.EnumerateDirectories(templatesDir)
            .Select(dir => (Dir: dir, Name: Path.GetFileName(dir)))
            .Where(d => !d.Name.StartsWith('_') && !d.Name.StartsWith('.') && File.Exists(Path.Combine(d.Dir, "template.sbn")))
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .Select(d => new TemplateInfo(d.Name, Describe(Path.Combine(d.Dir, "README.md")), d.Dir))
            .ToList();
    }

    // The first paragraph that is not a heading, on one line.
    private static string Describe(string readme)
    {
        if (!File.Exists(readme)) return "";
        var paragraph = new List<string>();
        foreach (var raw in File.ReadLines(readme))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                if (paragraph.Count > 0) break;
                continue;
            }
            if (line.StartsWith('#') && paragraph.Count == 0) continue;
            paragraph.Add(line);
        }
        return string.Join(' ', paragraph);
    }
}
