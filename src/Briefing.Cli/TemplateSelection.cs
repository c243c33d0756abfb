using Briefing.Templating;

namespace Briefing.Cli;

/// <summary>The templates a batch command works with: those named in <c>--templates-list</c>, or every template of the folder.</summary>
internal static class TemplateSelection
{
    /// <returns>The names, or null after printing which name is unknown and which are known.</returns>
    public static IReadOnlyList<string>? Resolve(string templatesDirectory, string? list, Terminal terminal)
    {
        var known = TemplateCatalog.List(templatesDirectory).Select(t => t.Name).ToList();
        var wanted = list is null
            ? known
            : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        var unknown = wanted.Except(known).ToList();
        if (unknown.Count == 0 && wanted.Count > 0)
        {
            return wanted;
        }

        var names = unknown.Count == 0 ? "no template named" : "unknown template " + string.Join(", ", unknown.Select(u => $"`{u}`"));
        terminal.Error.WriteLine($"error: {names}; known templates: {(known.Count == 0 ? $"none in {templatesDirectory}" : string.Join(", ", known))}");
        return null;
    }
}
