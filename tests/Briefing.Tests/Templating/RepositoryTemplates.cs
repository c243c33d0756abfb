namespace Briefing.Tests.Templating;

/// <summary>Finds the repository's own <c>templates/</c> folder from the test's output directory.</summary>
internal static class RepositoryTemplates
{
    public static string Folder { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "templates");
            if (File.Exists(Path.Combine(dir.FullName, "Briefing.sln")) && Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("templates/ not found above " + AppContext.BaseDirectory);
    }
}
