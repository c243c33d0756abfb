using Briefing.Workspace;
using Briefing.FactSheets.Format;

namespace Briefing.FactSheets;

/// <summary>Reads a file a fact sheet names beside itself (a marking scheme, a source's text), refusing what lies outside its folder.</summary>
internal static class SideFile
{
    /// <summary>The UTF-8 text of <paramref name="relativePath"/> under <paramref name="folder"/>, or null with the reason.</summary>
    public static string? Read(string folder, string relativePath, int maxBytes, string what, out string problem)
    {
        problem = "";
        if (!ScalarFormats.IsRelativePath(relativePath))
        {
            problem = "the path must be relative and stay in the fact sheet's folder";
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(folder, relativePath));
        try
        {
            return InputFile.ReadText(path, maxBytes, what);
        }
        catch (FileNotFoundException)
        {
            problem = $"no such file (looked for {path})";
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = e.Message;
            return null;
        }
    }
}
