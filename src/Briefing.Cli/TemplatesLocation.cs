namespace Briefing.Cli;

/// <summary>Where templates are found: <c>--templates DIR</c>, else <c>templates/</c> in the current folder, else the ones shipped beside the program.</summary>
internal static class TemplatesLocation
{
    public static string Resolve(string? given)
    {
        if (!string.IsNullOrEmpty(given))
        {
            return given;
        }

        var local = Path.Combine(Directory.GetCurrentDirectory(), "templates");
        return Directory.Exists(local) ? "templates" : Path.Combine(AppContext.BaseDirectory, "templates");
    }
}
