using System.Text;
using Briefing.Layout.Pages;

namespace Briefing.Export.Pdf;

/// <summary>
/// Writes a laid-out document as PDF with this project's own object writer: subset CID fonts with exact widths and
/// ToUnicode maps, the outline, links, and fixed metadata (never the clock). The same document always gives the
/// same bytes.
/// </summary>
public static class PdfExporter
{
    /// <summary>Writes the whole document to <paramref name="output"/>, tagged PDF/UA-1 and PDF/A-2 unless told otherwise.</summary>
    public static void Write(LaidOutDocument document, Stream output, PdfStandards standards = PdfStandards.Default) =>
        output.Write(ToBytes(document, standards));

    /// <summary>The whole document as the bytes of a PDF file, tagged PDF/UA-1 and PDF/A-2 unless told otherwise.</summary>
    public static byte[] ToBytes(LaidOutDocument document, PdfStandards standards = PdfStandards.Default) =>
        ToBytes(document, standards, PdfFile.DefaultLevel);

    /// <summary>As <see cref="Write(LaidOutDocument, Stream, PdfStandards)"/>, compressing at zlib level <paramref name="level"/>.</summary>
    internal static void Write(LaidOutDocument document, Stream output, PdfStandards standards, int level) =>
        output.Write(ToBytes(document, standards, level));

    private static byte[] ToBytes(LaidOutDocument document, PdfStandards standards, int level)
    {
        var tagged = standards.HasFlag(PdfStandards.UA1);
        var file = new PdfFile(level);
        var catalog = file.Reserve();
        var pageTree = file.Reserve();
        var pageRefs = document.Pages.Select(_ => file.Reserve()).ToArray();
        var resourcesRef = file.Reserve();

        var fonts = UsedFonts(document);
        var fontRefs = fonts.Values.ToDictionary(f => f.Font.Id, _ => file.Reserve());
        var resources = new PageResources(file, fonts);
        var tree = tagged ? new StructureTree(file, Language(document.Metadata, standards)) : null;

        var contents = new PageContent[document.Pages.Count];
        var streams = new byte[document.Pages.Count][];
        // One buffer serves every page: each page's operators are compressed as soon as they are written.
        var scratch = PdfBytes.Rent(32 * 1024);
        try
        {
            for (var p = 0; p < document.Pages.Count; p++)
            {
                scratch.Clear();
                contents[p] = PageContentWriter.Write(document.Pages[p], p, resources, tree, scratch);
                streams[p] = file.Deflate(scratch.Span);
            }
        }
        finally
        {
            scratch.Return();
        }
        var destinations = Destinations(document, contents, pageRefs);
        for (var p = 0; p < document.Pages.Count; p++)
        {
            var page = document.Pages[p];
            var stream = file.AddCompressedStream(new PdfBytes(), streams[p]);
            var annotations = Annotations(file, page, p, contents[p].Links, destinations, tree, document.Pages.Count);
            var dictionary = new PdfBytes().Raw("<</Type /Page /Parent ").Reference(pageTree)
                .Raw(" /MediaBox [0 0 ").Real(page.Width).Space().Real(page.Height).Raw("] /Resources ").Reference(resourcesRef)
                .Raw(" /Contents ").Reference(stream);
            if (tree is not null)
            {
                dictionary.Raw(" /StructParents ").Int(p);
            }
            if (annotations.Count > 0)
            {
                // Tab order follows the structure (PDF/UA-1, 7.18.3).
                dictionary.Raw(tree is null ? "" : " /Tabs /S");
                dictionary.Raw(" /Annots [");
                foreach (var annotation in annotations)
                {
                    dictionary.Reference(annotation).Space();
                }
                dictionary.Raw("]");
            }
            file.Set(pageRefs[p], dictionary.Raw(">>"));
        }
        foreach (var font in fonts.Values)
        {
            CidFontWriter.Write(file, fontRefs[font.Font.Id], font);
        }
        file.Set(resourcesRef, resources.Dictionary(fontRefs));

        var kids = new PdfBytes().Raw("<</Type /Pages /Kids [");
        foreach (var page in pageRefs)
        {
            kids.Reference(page).Space();
        }
        file.Set(pageTree, kids.Raw("] /Count ").Int(pageRefs.Length).Raw(">>"));

        var outline = OutlineWriter.Write(file, document, pageRefs);
        var info = file.Add(Information(document.Metadata));
        var root = new PdfBytes().Raw("<</Type /Catalog /Pages ").Reference(pageTree);
        if (tree is not null)
        {
            root.Raw(" /StructTreeRoot ").Reference(tree.Write(pageRefs)).Raw(" /MarkInfo <</Marked true>>");
        }
        if (standards != PdfStandards.None)
        {
            // The title, not the file name, in the viewer's title bar (PDF/UA-1, 7.1).
            root.Raw(" /ViewerPreferences <</DisplayDocTitle true>>");
        }
        if (standards.HasFlag(PdfStandards.A2))
        {
            root.Raw(" /Metadata ").Reference(file.AddStream(new PdfBytes().Raw("/Type /Metadata /Subtype /XML"),
                XmpMetadata.Create(document.Metadata, standards), compress: false));
            root.Raw(" /OutputIntents [").Reference(OutputIntent.Write(file)).Raw("]");
        }
        if (outline is { } outlines)
        {
            root.Raw(" /Outlines ").Reference(outlines).Raw(" /PageMode /UseOutlines");
        }
        if (destinations.Count > 0)
        {
            root.Raw(" /Dests <<");
            foreach (var (name, destination) in destinations)
            {
                root.Name(name).Space().Raw(destination);
            }
            root.Raw(">>");
        }
        if (Language(document.Metadata, standards) is { } language)
        {
            root.Raw(" /Lang ").Text(language);
        }
        file.Set(catalog, root.Raw(">>"));
        return file.ToBytes(catalog, info);
    }

    // PDF/UA needs the document's language; a document that states none is taken to be in English, the language
    // of the shipped templates' own words.
    private static string? Language(DocumentMetadata metadata, PdfStandards standards) =>
        !string.IsNullOrEmpty(metadata.Language) ? metadata.Language : standards.HasFlag(PdfStandards.UA1) ? "en" : null;

    internal static Dictionary<int, FontUse> UsedFonts(LaidOutDocument document)
    {
        // In order of first use, not of font id: ids follow the order a font library happened to open its fonts,
        // which depends on what it rendered before, and the same document must give the same bytes.
        var used = new Dictionary<int, FontCoverage>();
        var order = new List<int>();
        foreach (var page in document.Pages)
        {
            foreach (var item in page.Items)
            {
                if (item is not GlyphRunItem run)
                {
                    continue;
                }
                if (!used.TryGetValue(run.FontId, out var coverage))
                {
                    used[run.FontId] = coverage = new FontCoverage();
                    order.Add(run.FontId);
                }
                coverage.Add(run);
            }
        }
        var fonts = new Dictionary<int, FontUse>();
        foreach (var id in order)
        {
            if (document.Fonts.FirstOrDefault(f => f.Id == id) is { } font)
            {
                fonts[id] = new FontUse(font, "F" + (fonts.Count + 1), used[id].Glyphs(), used[id].Codepoints());
            }
        }
        return fonts;
    }

    // Named places as the catalog's /Dests dictionary, sorted by name; the first place of a name wins.
    private static SortedDictionary<string, string> Destinations(LaidOutDocument document, PageContent[] contents, PdfRef[] pages)
    {
        var destinations = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var p = 0; p < contents.Length; p++)
        {
            foreach (var place in contents[p].Destinations)
            {
                if (destinations.ContainsKey(place.Name))
                {
                    continue;
                }
                var array = new PdfBytes().Raw("[").Reference(pages[p]).Raw(" /XYZ ").Real(place.X, 2).Space()
                    .Real(document.Pages[p].Height - place.Y, 2).Raw(" null]");
                destinations[place.Name] = Encoding.ASCII.GetString(array.Span);
            }
        }
        return destinations;
    }

    private static List<PdfRef> Annotations(PdfFile file, LaidOutPage page, int pageIndex, IReadOnlyList<PageLink> links,
        SortedDictionary<string, string> destinations, StructureTree? tree, int pageCount)
    {
        var annotations = new List<PdfRef>();
        foreach (var (link, linkNode, text) in links)
        {
            if (link.Uri is null && (link.Destination is null || !destinations.ContainsKey(link.Destination)))
            {
                continue;
            }
            // Print flag (4): PDF/A asks that annotations print as they show.
            var annotation = new PdfBytes().Raw("<</Type /Annot /Subtype /Link /F 4 /Border [0 0 0] /Rect [")
                .Real(link.X, 2).Space().Real(page.Height - link.Y - link.Height, 2).Space()
                .Real(link.X + link.Width, 2).Space().Real(page.Height - link.Y, 2).Raw("]");
            if (link.Uri is { } uri)
            {
                annotation.Raw(" /A <</S /URI /URI ").Literal(AsciiUri(uri)).Raw(">>");
            }
            else
            {
                annotation.Raw(" /Dest ").Name(link.Destination!);
            }
            var reference = file.Reserve();
            if (tree is not null)
            {
                // Every annotation belongs to a Link element and says in words where it leads (PDF/UA-1, 7.18.5).
                var node = linkNode ?? tree.Link(link.Tag, false);
                tree.Annotate(node, pageIndex, reference);
                annotation.Raw(" /StructParent ").Int(tree.AnnotationKey(reference, pageCount))
                    .Raw(" /Contents ").Text(string.IsNullOrWhiteSpace(text) ? link.Uri ?? link.Destination ?? "" : text);
            }
            file.Set(reference, annotation.Raw(">>"));
            annotations.Add(reference);
        }
        return annotations;
    }

    // A URI action holds 7-bit ASCII (ISO 32000-1, 12.6.4.7): other characters are percent-encoded as UTF-8.
    private static string AsciiUri(string uri)
    {
        var ascii = new StringBuilder(uri.Length);
        foreach (var b in Encoding.UTF8.GetBytes(uri))
        {
            if (b is > 0x20 and < 0x7F)
            {
                ascii.Append((char)b);
            }
            else
            {
                ascii.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return ascii.ToString();
    }

    private static PdfBytes Information(DocumentMetadata metadata)
    {
        var info = new PdfBytes().Raw("<</Title ").Text(metadata.Title);
        if (!string.IsNullOrEmpty(metadata.Author))
        {
            info.Raw(" /Author ").Text(metadata.Author);
        }
        if (!string.IsNullOrEmpty(metadata.Subject))
        {
            info.Raw(" /Subject ").Text(metadata.Subject);
        }
        if (!string.IsNullOrEmpty(metadata.Keywords))
        {
            info.Raw(" /Keywords ").Text(metadata.Keywords);
        }
        var date = PdfDate.Info(metadata.PdfDate);
        return info.Raw(" /Creator (Briefing) /Producer (Briefing) /CreationDate ").Literal(date)
            .Raw(" /ModDate ").Literal(date).Raw(">>");
    }
}
