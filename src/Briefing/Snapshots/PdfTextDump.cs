using System.Text;
using UglyToad.PdfPig;

namespace Briefing.Snapshots;

/// <summary>
/// A readable dump of a PDF for snapshots: metadata, page count and each page's words as PdfPig reads them
/// back, so a snapshot shows what a reader can search and copy, not the bytes.
/// </summary>
public static class PdfTextDump
{
    public static string Create(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        var info = document.Information;
        text.Append("pages: ").Append(document.NumberOfPages).Append('\n');
        text.Append("title: ").Append(info.Title).Append('\n');
        text.Append("author: ").Append(info.Author).Append('\n');
        text.Append("subject: ").Append(info.Subject).Append('\n');
        text.Append("keywords: ").Append(info.Keywords).Append('\n');
        foreach (var page in document.GetPages())
        {
            text.Append("\n--- page ").Append(page.Number).Append(" ---\n");
            var line = new StringBuilder();
            double? baseline = null;
            foreach (var word in page.GetWords())
            {
                var y = Math.Round(word.BoundingBox.Bottom, 0);
                if (baseline is { } b && Math.Abs(b - y) > 2)
                {
                    text.Append(line.ToString().TrimEnd()).Append('\n');
                    line.Clear();
                }

                baseline = y;
                line.Append(word.Text).Append(' ');
            }

            if (line.Length > 0)
            {
                text.Append(line.ToString().TrimEnd()).Append('\n');
            }
        }

        return text.ToString();
    }
}
