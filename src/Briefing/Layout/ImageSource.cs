using Briefing.Workspace;
using Briefing.Diagnostics;
using Briefing.Layout.Pages;
using SkiaSharp;
using Svg.Skia;

namespace Briefing.Layout;

/// <summary>Reads an image a document refers to (PNG, JPEG, SVG), relative to the document's folder and never outside it.</summary>
internal static class ImageSource
{
    /// <remarks>A warning names the fact-sheet value the address came from, else the template line that wrote it.</remarks>
    public static ImageData? Load(string url, string? baseDirectory, string sourcePath, Document.SourceSpan at, List<Diagnostic> diagnostics,
        string folderName = "document's folder")
    {
        void Warn(string message, string? hint = null) =>
            diagnostics.Add(SourcePlaces.At(sourcePath, at, fromData: true, Severity.Warning, message, hint));

        if (baseDirectory is null)
        {
            Warn($"image `{url}` is not drawn: no base folder was given to read images from");
            return null;
        }
        if (url.Contains("://", StringComparison.Ordinal))
        {
            Warn($"image `{url}` is not drawn: only local files are read", $"put the image in the {folderName}");
            return null;
        }
        var root = Path.GetFullPath(baseDirectory);
        var path = Path.GetFullPath(Path.Combine(root, Uri.UnescapeDataString(url)));
        if (!path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            Warn($"image `{url}` is outside the {folderName} and is not read");
            return null;
        }
        if (!File.Exists(path))
        {
            Warn($"image `{url}` not found");
            return null;
        }
        byte[] bytes;
        try
        {
            bytes = InputFile.ReadBytes(path, InputFile.ImageLimit, "image");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Warn($"image `{url}` is not drawn: {e.Message}");
            return null;
        }
        if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            // The picture belongs to the SKSvg: both live to the end of this method.
            using var svg = new SKSvg();
            SKPicture? picture;
            try
            {
                if (SvgExternalReferences.First(bytes) is { } outside)
                {
                    Warn($"image `{url}` is not drawn: it refers to `{outside}` outside itself, and an SVG image is drawn only with what it holds",
                        "embed the picture in the SVG file (as a data: URI) or save the image as PNG");
                    return null;
                }
                using var stream = new MemoryStream(bytes);
                picture = svg.Load(stream);
            }
            catch (System.Xml.XmlException e)
            {
                Warn($"image `{url}` is not a readable SVG file: {e.Message}");
                return null;
            }
            if (picture is null)
            {
                Warn($"image `{url}` is not a readable SVG file");
                return null;
            }
            var bounds = picture.CullRect;
            return new ImageData(bytes, true, Math.Max(1, bounds.Width), Math.Max(1, bounds.Height));
        }
        using var codec = SKCodec.Create(new MemoryStream(bytes));
        if (codec is null)
        {
            Warn($"image `{url}` is not a PNG, JPEG or SVG image", "save it as PNG or JPEG (photos), or SVG (logos and seals, kept sharp at any size)");
            return null;
        }
        // The header says the size; a small file can claim a picture that no memory holds ("decompression bomb").
        if ((long)codec.Info.Width * codec.Info.Height > Export.PngExporter.PixelLimit)
        {
            Warn(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"image `{url}` is not drawn: it is {codec.Info.Width:N0} × {codec.Info.Height:N0} pixels, more than the limit of {Export.PngExporter.PixelLimit:N0} pixels"),
                "save it at a lower resolution");
            return null;
        }
        return new ImageData(bytes, false, codec.Info.Width, codec.Info.Height);
    }
}
