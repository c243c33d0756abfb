using System.Runtime.CompilerServices;
using Briefing.Layout;

namespace Briefing.Tests.Layout;

/// <summary>Themes for layout tests, read from Themes/ beside this file in the source tree.</summary>
internal static class TestThemes
{
    /// <summary>300 x 300 pt pages with 36 pt margins, no header, footer or banner: quick to fill.</summary>
    public static Theme Small { get; } = Load("small-pages.yaml");

    public static Theme Load(string name)
    {
        var path = Path.Combine(Folder(), "Themes", name);
        var result = ThemeLoader.Load(path, File.ReadAllText(path));
        Assert.True(result.Theme is not null, string.Join("\n", result.Diagnostics));
        return result.Theme!;
    }

    private static string Folder([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
