using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Briefing.Layout;

namespace Briefing.Building;

/// <summary>
/// The SHA-256 of everything one output is made from: the program, the options, the fact sheet and the files it
/// names beside itself (marking scheme, source texts), and the template's files (its folder with images and fonts,
/// the shared partials and fonts, every theme of its chain, the <c>--theme</c> file). Equal keys mean the same bytes.
/// </summary>
public static class BuildKey
{
    /// <summary>Changes whenever the program changes: its version and the identity of the compiled library.</summary>
    public static string Program { get; } =
        $"{typeof(BuildKey).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion}/{typeof(BuildKey).Assembly.ManifestModule.ModuleVersionId}";

    /// <summary>The key of the template's side of every output rendered with <paramref name="template"/> in this build.</summary>
    public static string ForTemplate(BuildRequest request, string template)
    {
        var options = new RenderOptions(request.TemplatesDirectory, template, request.ThemePath);
        var files = new SortedSet<string>(StringComparer.Ordinal);
        AddFolder(files, Path.Combine(request.TemplatesDirectory, template));
        AddFolder(files, Path.Combine(request.TemplatesDirectory, "_partials"));
        AddFolder(files, options.FontsDirectory);
        foreach (var theme in ThemeChain(options))
        {
            files.Add(Path.GetFullPath(theme));
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, $"program {Program}\ntemplate {template}\nsystem-fonts {request.SystemFonts}\nstrict {request.Strict}\nformat pdf {Export.Pdf.PdfStandards.Default}\n");
        foreach (var file in files)
        {
            AddFile(hash, file);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The key of one document (all its formats): the template's key with the formats, the fact sheet's bytes and its side files.</summary>
    public static string ForOutput(string templateKey, IEnumerable<BuildFormat> formats, byte[] factSheet, IEnumerable<string> sideFiles)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, $"template {templateKey}\nformats {string.Join(',', formats)}\nfact-sheet {factSheet.Length}\n");
        hash.AppendData(factSheet);
        foreach (var file in sideFiles.Order(StringComparer.Ordinal))
        {
            AddFile(hash, file);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    // The theme files as the renderer reads them: the template's theme with those it extends, then --theme with its own.
    private static IEnumerable<string> ThemeChain(RenderOptions options)
    {
        var own = File.Exists(options.TemplateThemePath)
            ? ThemeLoader.LoadFile(options.TemplateThemePath, options.TemplatesDirectory)
            : new ThemeLoadResult(ThemeLoader.Default, []);
        if (options.ThemePath is not { } path || !File.Exists(path))
        {
            return own.Files;
        }

        return [.. own.Files, path, .. ThemeLoader.LoadFile(path, options.TemplatesDirectory, own.Theme ?? ThemeLoader.Default).Files];
    }

    private static void AddFolder(SortedSet<string> files, string folder)
    {
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                files.Add(Path.GetFullPath(file));
            }
        }
    }

    // A file is named with its content, so a renamed, added, removed or changed file changes the key.
    private static void AddFile(IncrementalHash hash, string path)
    {
        Add(hash, $"file {path}\n");
        try
        {
            var bytes = File.ReadAllBytes(path);
            Add(hash, $"{bytes.Length}\n");
            hash.AppendData(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Add(hash, "unreadable\n");
        }
    }

    private static void Add(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text));
}
