using Briefing.Layout;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Briefing.Export.Docx;

/// <summary>
/// Writes a document tree as a Word document: real Word styles (headings, lists, quote, table), the banner and
/// running header and footer with page fields, hyperlinks and bookmarks, Word footnotes, core properties,
/// languages and right-to-left text. The same input gives the same bytes.
/// </summary>
public static class DocxExporter
{
    public static void Write(TreeDocument document, Stream output) => output.Write(Write(document));

    public static byte[] Write(TreeDocument document)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // The package is repacked with fixed stamps and order afterwards, which compresses it; deflating
            // here too would compress every part twice.
            package.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = DocxStyles.Create(document.Theme, document.Metadata.Language ?? document.Tree.Language);
            var numbering = new DocxNumbering();
            var footnotes = main.AddNewPart<FootnotesPart>("rIdFootnotes");
            var body = new DocxBody(main, document, numbering);
            var content = body.Write();
            footnotes.Footnotes = body.Footnotes();
            main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = numbering.Create();
            var section = Section(main, document);
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new Body([.. content, section]));
            Properties(package, document);
        }
        return DeterministicZip.Repack(stream, document.Metadata.PdfDate.UtcDateTime);
    }

    private static SectionProperties Section(MainDocumentPart main, TreeDocument document)
    {
        var page = document.Theme.Page;
        var header = main.AddNewPart<HeaderPart>("rIdHeader");
        header.Header = new Header(DocxRunning.Paragraphs(document, document.Theme.Header, top: true));
        var footer = main.AddNewPart<FooterPart>("rIdFooter");
        footer.Footer = new Footer(DocxRunning.Paragraphs(document, document.Theme.Footer, top: false));
        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHeader" },
            new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" },
            new PageSize { Width = Twips(page.Width), Height = Twips(page.Height) },
            new PageMargin
            {
                Top = (int)Twips(page.MarginTop).Value,
                Right = Twips(page.MarginRight),
                Bottom = (int)Twips(page.MarginBottom).Value,
                Left = Twips(page.MarginLeft),
                Header = Twips(14),
                Footer = Twips(14),
                Gutter = 0,
            });
    }

    private static void Properties(WordprocessingDocument package, TreeDocument document)
    {
        var metadata = document.Metadata;
        var properties = package.PackageProperties;
        properties.Title = metadata.Title;
        properties.Subject = metadata.Subject;
        properties.Creator = metadata.Author;
        properties.Keywords = metadata.Keywords;
        properties.Language = metadata.Language ?? document.Tree.Language;
        properties.Created = metadata.PdfDate.UtcDateTime;
        properties.Modified = metadata.PdfDate.UtcDateTime;
    }

    internal static UInt32Value Twips(float points) => (uint)Math.Round(points * 20);
}
