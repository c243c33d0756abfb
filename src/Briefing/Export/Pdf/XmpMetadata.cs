using System.Security;
using System.Text;
using Briefing.Layout.Pages;

namespace Briefing.Export.Pdf;

/// <summary>
/// The document's XMP metadata packet, stating the same title, author, subject, keywords, tool and dates as the
/// information dictionary (PDF/A-2 requires them to agree), with the PDF/A and PDF/UA identification. PDF/UA's
/// schema is not one PDF/A knows, so the packet also describes it in a PDF/A extension schema.
/// </summary>
internal static class XmpMetadata
{
    public static byte[] Create(DocumentMetadata metadata, PdfStandards standards)
    {
        var ua = standards.HasFlag(PdfStandards.UA1);
        var date = PdfDate.Xmp(metadata.PdfDate);
        var xmp = new StringBuilder();
        xmp.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        xmp.Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        xmp.Append("<rdf:Description rdf:about=\"\"\n");
        xmp.Append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n");
        xmp.Append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"");
        if (ua)
        {
            xmp.Append("\n xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"\n xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"");
            xmp.Append("\n xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"");
        }
        xmp.Append(">\n");
        xmp.Append("<dc:format>application/pdf</dc:format>\n");
        xmp.Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(metadata.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        if (!string.IsNullOrEmpty(metadata.Author))
        {
            xmp.Append("<dc:creator><rdf:Seq><rdf:li>").Append(Escape(metadata.Author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (!string.IsNullOrEmpty(metadata.Subject))
        {
            xmp.Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(metadata.Subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        if (!string.IsNullOrEmpty(metadata.Language))
        {
            xmp.Append("<dc:language><rdf:Bag><rdf:li>").Append(Escape(metadata.Language)).Append("</rdf:li></rdf:Bag></dc:language>\n");
        }
        if (!string.IsNullOrEmpty(metadata.Keywords))
        {
            xmp.Append("<pdf:Keywords>").Append(Escape(metadata.Keywords)).Append("</pdf:Keywords>\n");
        }
        xmp.Append("<pdf:Producer>Briefing</pdf:Producer>\n<xmp:CreatorTool>Briefing</xmp:CreatorTool>\n");
        xmp.Append("<xmp:CreateDate>").Append(date).Append("</xmp:CreateDate>\n<xmp:ModifyDate>").Append(date).Append("</xmp:ModifyDate>\n");
        xmp.Append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>").Append(ua ? 'A' : 'U').Append("</pdfaid:conformance>\n");
        if (ua)
        {
            xmp.Append("<pdfuaid:part>1</pdfuaid:part>\n");
            xmp.Append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n");
            xmp.Append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n");
            xmp.Append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n");
            xmp.Append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n");
            xmp.Append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n");
            xmp.Append("<pdfaProperty:name>part</pdfaProperty:name>\n<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n");
            xmp.Append("<pdfaProperty:category>internal</pdfaProperty:category>\n");
            xmp.Append("<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\n");
            xmp.Append("</rdf:li></rdf:Seq></pdfaSchema:property>\n</rdf:li></rdf:Bag></pdfaExtension:schemas>\n");
        }
        xmp.Append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return Encoding.UTF8.GetBytes(xmp.ToString());
    }

    private static string Escape(string text) => SecurityElement.Escape(text);
}
