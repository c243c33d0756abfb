using Briefing.Diagnostics;
using Briefing.Layout.Elements;
using YamlDotNet.RepresentationModel;

namespace Briefing.Layout;

/// <summary>Reads a header or footer slot that shows an image: <c>{ image: seal.svg, height: 14mm }</c>.</summary>
internal static class RunningImageReader
{
    public static RunningImage? Read(ThemeReader reader, YamlNode node, string where)
    {
        string? path = null;
        YamlNode at = node;
        float? width = null, height = null;
        foreach (var (key, value) in reader.Entries(node, where, ["image", "width", "height"]))
        {
            switch (key)
            {
                case "image":
                    path = reader.Text(value, $"{where}.image");
                    at = value;
                    break;
                case "width":
                    width = reader.Points(value, $"{where}.width", 0, LengthLimits.PageMax);
                    break;
                default:
                    height = reader.Points(value, $"{where}.height", 0, LengthLimits.PageMax);
                    break;
            }
        }
        if (string.IsNullOrWhiteSpace(path))
        {
            reader.Error(node, $"`{where}` needs `image:`, the image file (relative to the theme's folder)",
                "write the slot as text, or as { image: seal.svg, height: 14mm }");
            return null;
        }
        if (width is 0 || height is 0)
        {
            reader.Error(node, $"`{where}`: an image of width or height 0 would not be seen", "give a size above 0, or leave it out for the image's own size");
            return null;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(reader.File)) ?? ".";
        var problems = new List<Diagnostic>();
        var image = ImageSource.Load(path, folder, reader.File, Document.SourceSpan.None, problems, "theme's folder");
        foreach (var problem in problems)
        {
            reader.Error(at, $"`{where}`: {problem.Message}", problem.Hint ?? "put the image in the theme's folder and name it relative to it");
        }
        return image is null ? null : new RunningImage(image, width, height);
    }
}
