using System.Text;
using Briefing.FactSheets.Format;

namespace Briefing.FactSheets;

/// <summary>Reads a file a fact sheet names beside itself (a marking scheme, a source's text), refusing what lies outside its folder.</summary>
internal static class SideFile
{
    /// <summary>The UTF-8 text of <paramref name="relativePath"/> under <paramref name="folder"/>, or null with the reason.</summary>
    public static string? Read(string folder, string relativePath, int maxBytes, out string problem)
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
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                problem = Directory.Exists(path) ? "it is a folder" : $"no such file (looked for {path})";
                return null;
            }

            if (info.Length > maxBytes)
            {
                problem = $"the file is larger than {maxBytes / 1024} KiB";
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            try
            {
                return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
            }
            catch (DecoderFallbackException)
            {
                problem = "the file is not UTF-8 text";
                return null;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = e.Message;
            return null;
        }
    }
}
