namespace Briefing.Preview;

/// <summary>What one preview shows: a fact sheet rendered with <see cref="Options"/> (template, templates folder, theme).</summary>
public sealed record PreviewInputs(string FactSheetPath, RenderOptions Options)
{
    /// <summary>
    /// The files and folders whose changes alter the pages: the fact sheet, the templates folder (template, partials,
    /// themes, images, fonts) and a theme file given apart from it.
    /// </summary>
    public IReadOnlyList<WatchedPlace> WatchedPlaces()
    {
        var sheet = Path.GetFullPath(FactSheetPath);
        var places = new List<WatchedPlace>
        {
            new(Path.GetDirectoryName(sheet)!, Path.GetFileName(sheet), Recursive: false),
            new(Path.GetFullPath(Options.TemplatesDirectory), "*", Recursive: true),
        };
        if (Options.ThemePath is { } theme)
        {
            var full = Path.GetFullPath(theme);
            places.Add(new WatchedPlace(Path.GetDirectoryName(full)!, Path.GetFileName(full), Recursive: false));
        }

        return places;
    }
}
