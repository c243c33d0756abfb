using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Briefing.Layout.Pages;

namespace Briefing.Export;

/// <summary>
/// Adds what Skia's PDF writer cannot (the outline of bookmarks, the document language) as an incremental update
/// (ISO 32000-1, 7.5.6): new objects and a replacement catalog appended after Skia's file, with their own xref section.
/// </summary>
internal static partial class PdfCatalogUpdate
{
    public static byte[] Append(byte[] pdf, LaidOutDocument document)
    {
        if (document.Outline.Count == 0 && string.IsNullOrEmpty(document.Metadata.Language))
        {
            return pdf;
        }
        var text = Encoding.Latin1.GetString(pdf);
        var startXref = int.Parse(StartXref().Matches(text)[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        var offsets = ReadXref(text, startXref);
        var trailer = text[text.IndexOf("trailer", startXref, StringComparison.Ordinal)..];
        var size = int.Parse(Key(trailer, "Size"), CultureInfo.InvariantCulture);
        var root = int.Parse(Reference(trailer, "Root"), CultureInfo.InvariantCulture);
        var info = TryReference(trailer, "Info");
        var catalog = ObjectBody(text, offsets[root]);
        var pages = new List<int>();
        CollectPages(text, offsets, int.Parse(Reference(catalog, "Pages"), CultureInfo.InvariantCulture), pages);

        var output = new StringBuilder();
        var newOffsets = new SortedDictionary<int, int>();
        var next = size;
        var extra = new StringBuilder();
        if (document.Outline.Count > 0 && pages.Count == document.Pages.Count)
        {
            var outlineRoot = next++;
            var items = document.Outline.Select(_ => next++).ToArray();
            WriteOutline(document, pages, outlineRoot, items, newOffsets, output, pdf.Length);
            extra.Append(CultureInfo.InvariantCulture, $" /Outlines {outlineRoot} 0 R /PageMode /UseOutlines");
        }
        if (!string.IsNullOrEmpty(document.Metadata.Language) && !catalog.Contains("/Lang", StringComparison.Ordinal))
        {
            extra.Append(" /Lang ").Append(PdfString(document.Metadata.Language));
        }
        var body = catalog.Trim();
        var close = body.LastIndexOf(">>", StringComparison.Ordinal);
        var newCatalog = body[..close].TrimEnd() + extra + " >>";
        newOffsets[root] = pdf.Length + Encoding.Latin1.GetByteCount(output.ToString());
        output.Append(CultureInfo.InvariantCulture, $"{root} 0 obj\n{newCatalog}\nendobj\n");

        var xrefOffset = pdf.Length + Encoding.Latin1.GetByteCount(output.ToString());
        output.Append("xref\n");
        foreach (var group in Groups(newOffsets))
        {
            output.Append(CultureInfo.InvariantCulture, $"{group[0].Key} {group.Count}\n");
            foreach (var (_, offset) in group)
            {
                output.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n\r\n");
            }
        }
        output.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {next} /Root {root} 0 R");
        if (info is not null)
        {
            output.Append(CultureInfo.InvariantCulture, $" /Info {info} 0 R");
        }
        output.Append(CultureInfo.InvariantCulture, $" /Prev {startXref} >>\nstartxref\n{xrefOffset}\n%%EOF\n");
        var appended = Encoding.Latin1.GetBytes(output.ToString());
        var result = new byte[pdf.Length + appended.Length];
        pdf.CopyTo(result, 0);
        appended.CopyTo(result, pdf.Length);
        return result;
    }

    private static void WriteOutline(LaidOutDocument document, List<int> pages, int rootId, int[] ids, SortedDictionary<int, int> offsets, StringBuilder output, int baseOffset)
    {
        var entries = document.Outline;
        var parent = new int[entries.Count];
        var stack = new Stack<int>();
        for (var i = 0; i < entries.Count; i++)
        {
            while (stack.Count > 0 && entries[stack.Peek()].Level >= entries[i].Level)
            {
                stack.Pop();
            }
            parent[i] = stack.Count > 0 ? stack.Peek() : -1;
            stack.Push(i);
        }
        List<int> Children(int p) => Enumerable.Range(0, entries.Count).Where(i => parent[i] == p).ToList();
        int Descendants(int p) => Children(p).Sum(c => 1 + Descendants(c));

        void Emit(int id, string body)
        {
            offsets[id] = baseOffset + Encoding.Latin1.GetByteCount(output.ToString());
            output.Append(CultureInfo.InvariantCulture, $"{id} 0 obj\n<< {body} >>\nendobj\n");
        }

        var top = Children(-1);
        Emit(rootId, $"/Type /Outlines /First {ids[top[0]]} 0 R /Last {ids[top[^1]]} 0 R /Count {entries.Count}");
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var siblings = Children(parent[i]);
            var at = siblings.IndexOf(i);
            var kids = Children(i);
            var page = document.Pages[e.PageIndex];
            var body = new StringBuilder();
            body.Append("/Title ").Append(PdfString(e.Title));
            body.Append(CultureInfo.InvariantCulture, $" /Parent {(parent[i] < 0 ? rootId : ids[parent[i]])} 0 R");
            if (at > 0)
            {
                body.Append(CultureInfo.InvariantCulture, $" /Prev {ids[siblings[at - 1]]} 0 R");
            }
            if (at < siblings.Count - 1)
            {
                body.Append(CultureInfo.InvariantCulture, $" /Next {ids[siblings[at + 1]]} 0 R");
            }
            if (kids.Count > 0)
            {
                body.Append(CultureInfo.InvariantCulture, $" /First {ids[kids[0]]} 0 R /Last {ids[kids[^1]]} 0 R /Count {Descendants(i)}");
            }
            var y = Math.Max(0, page.Height - e.Y + 4).ToString("0.##", CultureInfo.InvariantCulture);
            body.Append(CultureInfo.InvariantCulture, $" /Dest [{pages[e.PageIndex]} 0 R /XYZ 0 {y} null]");
            Emit(ids[i], body.ToString());
        }
    }

    private static IEnumerable<List<KeyValuePair<int, int>>> Groups(SortedDictionary<int, int> offsets)
    {
        var group = new List<KeyValuePair<int, int>>();
        foreach (var pair in offsets)
        {
            if (group.Count > 0 && group[^1].Key + 1 != pair.Key)
            {
                yield return group;
                group = [];
            }
            group.Add(pair);
        }
        if (group.Count > 0)
        {
            yield return group;
        }
    }

    private static Dictionary<int, int> ReadXref(string text, int at)
    {
        var offsets = new Dictionary<int, int>();
        var lines = text[at..text.IndexOf("trailer", at, StringComparison.Ordinal)].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var number = 0;
        foreach (var line in lines.Skip(1))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2)
            {
                number = int.Parse(parts[0], CultureInfo.InvariantCulture);
                continue;
            }
            if (parts.Length == 3)
            {
                if (parts[2] == "n")
                {
                    offsets[number] = int.Parse(parts[0], CultureInfo.InvariantCulture);
                }
                number++;
            }
        }
        return offsets;
    }

    private static string ObjectBody(string text, int offset)
    {
        var start = text.IndexOf("obj", offset, StringComparison.Ordinal) + 3;
        var end = text.IndexOf("endobj", start, StringComparison.Ordinal);
        return text[start..end];
    }

    private static void CollectPages(string text, Dictionary<int, int> offsets, int node, List<int> pages)
    {
        var body = ObjectBody(text, offsets[node]);
        if (!PagesType().IsMatch(body))
        {
            pages.Add(node);
            return;
        }
        var kids = Kids().Match(body).Groups[1].Value;
        foreach (Match kid in Ref().Matches(kids))
        {
            CollectPages(text, offsets, int.Parse(kid.Groups[1].Value, CultureInfo.InvariantCulture), pages);
        }
    }

    private static string Key(string dictionary, string key) => Regex.Match(dictionary, $@"/{key}\s+(\d+)").Groups[1].Value;

    private static string Reference(string dictionary, string key) => TryReference(dictionary, key)
        ?? throw new InvalidOperationException($"The PDF Skia wrote has no /{key} reference.");

    private static string? TryReference(string dictionary, string key)
    {
        var match = Regex.Match(dictionary, $@"/{key}\s+(\d+)\s+0\s+R");
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>A text string as UTF-16BE with a byte order mark, in hex, which any reader takes for any script.</summary>
    private static string PdfString(string value)
    {
        var bytes = Encoding.BigEndianUnicode.GetBytes(value);
        return "<FEFF" + Convert.ToHexString(bytes) + ">";
    }

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"/Type\s*/Pages\b")]
    private static partial Regex PagesType();

    [GeneratedRegex(@"/Kids\s*\[([^\]]*)\]")]
    private static partial Regex Kids();

    [GeneratedRegex(@"(\d+)\s+0\s+R")]
    private static partial Regex Ref();
}
