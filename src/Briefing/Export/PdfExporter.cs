using System.Text;
using Briefing.Layout.Pages;
using Briefing.Text;
using SkiaSharp;

namespace Briefing.Export;

/// <summary>Writes a laid-out document as PDF: subset fonts, fixed metadata (no clock), links, then the outline.</summary>
public static class PdfExporter
{
    /// <summary>Writes the whole document to <paramref name="output"/>. The same document always gives the same bytes.</summary>
    public static void Write(LaidOutDocument document, Stream output)
    {
        var typefaces = SubsetTypefaces(document);
        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            var metadata = new SKDocumentPdfMetadata
            {
                Title = document.Metadata.Title,
                Author = document.Metadata.Author ?? "",
                Subject = document.Metadata.Subject ?? "",
                Keywords = document.Metadata.Keywords ?? "",
                Creator = "Briefing",
                Producer = "Briefing",
                Creation = document.Metadata.PdfDate.UtcDateTime,
                Modified = document.Metadata.PdfDate.UtcDateTime,
                PdfA = false,
                RasterDpi = 150,
                EncodingQuality = 90,
            };
            using (var managed = new SKManagedWStream(buffer))
            using (var pdf = SKDocument.CreatePdf(managed, metadata))
            {
                foreach (var page in document.Pages)
                {
                    var canvas = pdf.BeginPage(page.Width, page.Height);
                    PageRenderer.Render(canvas, page, typefaces);
                    pdf.EndPage();
                }
                pdf.Close();
            }
            bytes = buffer.ToArray();
        }
        finally
        {
            foreach (var typeface in typefaces.Values)
            {
                typeface.Dispose();
            }
        }
        bytes = PdfCatalogUpdate.Append(bytes, document);
        output.Write(bytes);
    }

    private static Dictionary<int, PageFont> SubsetTypefaces(LaidOutDocument document)
    {
        var used = new Dictionary<int, (HashSet<ushort> Glyphs, HashSet<int> Codepoints)>();
        foreach (var page in document.Pages)
        {
            foreach (var item in page.Items)
            {
                if (item is not GlyphRunItem run)
                {
                    continue;
                }
                if (!used.TryGetValue(run.FontId, out var sets))
                {
                    used[run.FontId] = sets = ([], []);
                }
                sets.Glyphs.UnionWith(run.Glyphs);
                foreach (var rune in run.Text.EnumerateRunes())
                {
                    sets.Codepoints.Add(rune.Value);
                }
            }
        }
        var result = new Dictionary<int, PageFont>();
        foreach (var font in document.Fonts)
        {
            var (glyphs, characters) = used.TryGetValue(font.Id, out var sets)
                ? (sets.Glyphs.Order().ToArray(), sets.Codepoints.Order().ToArray())
                : ([], []);
            var subset = font.Subsets.Get(font.Data, font.FaceIndex, glyphs, characters);
            // A typeface keeps its own reference to its bytes; the wrappers are released now, not by the finalizer.
            using var subsetBytes = subset is null ? null : SKData.CreateCopy(subset.Data);
            var typeface = subsetBytes is null ? null : SKTypeface.FromData(subsetBytes, 0);
            if (typeface is not null)
            {
                result[font.Id] = new PageFont(typeface, subset);
                continue;
            }
            using var wholeBytes = SKData.CreateCopy(font.Data.Span);
            typeface = SKTypeface.FromData(wholeBytes, font.FaceIndex);
            if (typeface is not null)
            {
                result[font.Id] = new PageFont(typeface, null);
            }
        }
        return result;
    }
}
