using System.Text;
using System.Text.Json;

namespace Briefing.Tests.Export;

/// <summary>
/// A test-side checker for the machine-checkable conditions of PDF/UA-1 (Matterhorn Protocol) and PDF/A-2 that this
/// writer could break, read from qpdf's JSON view of a file. Each failure names the condition it breaks.
/// </summary>
internal static class PdfConformance
{
    public static IReadOnlyList<string> Check(byte[] pdf)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, pdf);
            var (exit, json) = ExternalTool.Run("qpdf", "--json", "--json-stream-data=inline", "--decode-level=generalized", path);
            // 3: qpdf repaired the file and warned; the checks still apply to what it read.
            Assert.True(exit is 0 or 3, json);
            // Warnings follow the JSON in the output.
            using var document = JsonDocument.Parse(json[json.IndexOf('{')..(json.LastIndexOf("\n}", StringComparison.Ordinal) + 2)]);
            return Check(document.RootElement);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static List<string> Check(JsonElement root)
    {
        var failures = new List<string>();
        var objects = root.GetProperty("qpdf")[1];
        JsonElement Value(string reference) => objects.TryGetProperty("obj:" + reference, out var o)
            ? o.TryGetProperty("value", out var v) ? v : o.GetProperty("stream").GetProperty("dict")
            : default;
        JsonElement Resolve(JsonElement e) => e.ValueKind == JsonValueKind.String && e.GetString()!.EndsWith(" R", StringComparison.Ordinal) ? Value(e.GetString()!) : e;
        static bool Has(JsonElement e, string key) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(key, out _);
        string? StreamText(string reference) => objects.TryGetProperty("obj:" + reference, out var o) && o.TryGetProperty("stream", out var s)
            && s.TryGetProperty("data", out var d) ? Encoding.Latin1.GetString(Convert.FromBase64String(d.GetString()!)) : null;

        var trailer = objects.GetProperty("trailer").GetProperty("value");
        var catalog = Resolve(trailer.GetProperty("/Root"));
        if (Has(trailer, "/Encrypt"))
        {
            failures.Add("PDF/A-2 6.1.3: the file is encrypted");
        }
        if (!Has(trailer, "/ID"))
        {
            failures.Add("PDF/A-2 6.1.3: the trailer has no /ID");
        }
        if (!Has(catalog, "/MarkInfo") || !Resolve(catalog.GetProperty("/MarkInfo")).TryGetProperty("/Marked", out var marked) || marked.ValueKind != JsonValueKind.True)
        {
            failures.Add("Matterhorn 01-002: /MarkInfo /Marked is not true");
        }
        if (!Has(catalog, "/StructTreeRoot") || !Has(Resolve(catalog.GetProperty("/StructTreeRoot")), "/ParentTree"))
        {
            failures.Add("Matterhorn 01-006: no structure tree with a parent tree");
        }
        if (!Has(catalog, "/Lang"))
        {
            failures.Add("Matterhorn 11-006: the catalog has no /Lang");
        }
        if (!Has(catalog, "/ViewerPreferences") || !Resolve(catalog.GetProperty("/ViewerPreferences")).TryGetProperty("/DisplayDocTitle", out var display)
            || display.ValueKind != JsonValueKind.True)
        {
            failures.Add("Matterhorn 07-002: /DisplayDocTitle is not true");
        }
        var xmp = Has(catalog, "/Metadata") ? StreamText(catalog.GetProperty("/Metadata").GetString()!) : null;
        if (xmp is null)
        {
            failures.Add("Matterhorn 06-001 / PDF/A-2 6.6.2.1: no XMP metadata stream");
        }
        else
        {
            if (!xmp.Contains("<pdfuaid:part>1</pdfuaid:part>", StringComparison.Ordinal))
            {
                failures.Add("Matterhorn 06-002: the XMP has no pdfuaid:part 1");
            }
            if (!xmp.Contains("<pdfaid:part>2</pdfaid:part>", StringComparison.Ordinal))
            {
                failures.Add("PDF/A-2 6.6.4: the XMP has no pdfaid:part 2");
            }
            var info = Resolve(trailer.GetProperty("/Info"));
            var title = Has(info, "/Title") ? Decode(info.GetProperty("/Title").GetString()!) : null;
            if (title is null || !Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(xmp)).Contains(">" + System.Security.SecurityElement.Escape(title) + "</rdf:li>", StringComparison.Ordinal))
            {
                failures.Add("PDF/A-2 6.6.2.3.1: the document information's title differs from the XMP dc:title");
            }
        }
        if (!Has(catalog, "/OutputIntents") || Resolve(catalog.GetProperty("/OutputIntents")).EnumerateArray()
            .Select(Resolve).All(i => !Has(i, "/DestOutputProfile") || i.GetProperty("/S").GetString() != "/GTS_PDFA1"))
        {
            failures.Add("PDF/A-2 6.2.3: no PDF/A output intent with an ICC profile");
        }

        foreach (var property in objects.EnumerateObject())
        {
            var value = property.Value.TryGetProperty("value", out var v) ? v : property.Value.TryGetProperty("stream", out var s) ? s.GetProperty("dict") : default;
            if (value.ValueKind != JsonValueKind.Object)
            {
                continue;
            }
            var type = value.TryGetProperty("/Type", out var t) ? t.GetString() : null;
            var subtype = value.TryGetProperty("/Subtype", out var st) ? st.GetString() : null;
            if (type == "/Annot")
            {
                if (!value.TryGetProperty("/F", out var flags) || (flags.GetInt32() & 4) == 0 || (flags.GetInt32() & 2) != 0)
                {
                    failures.Add($"PDF/A-2 6.3.2: annotation {property.Name} does not print");
                }
                if (!Has(value, "/StructParent"))
                {
                    failures.Add($"Matterhorn 28-011: annotation {property.Name} is in no structure element");
                }
                if (!Has(value, "/Contents"))
                {
                    failures.Add($"Matterhorn 28-004: annotation {property.Name} has no /Contents");
                }
            }
            if (type == "/Page")
            {
                if (Has(value, "/Annots") && (!value.TryGetProperty("/Tabs", out var tabs) || tabs.GetString() != "/S"))
                {
                    failures.Add($"Matterhorn 28-010: page {property.Name} with annotations has no /Tabs /S");
                }
                var contents = Resolve(value.GetProperty("/Contents"));
                var streams = contents.ValueKind == JsonValueKind.Array ? contents.EnumerateArray().Select(c => c.GetString()!).ToList() : [value.GetProperty("/Contents").GetString()!];
                foreach (var stream in streams)
                {
                    var text = StreamText(stream) ?? "";
                    if (UnmarkedContent(text) is { } operation)
                    {
                        failures.Add($"Matterhorn 01-001: page {property.Name} draws `{operation}` neither tagged nor as an artifact");
                    }
                    if (ShowsNotdef(text))
                    {
                        failures.Add($"PDF/A-2 6.2.11.8: page {property.Name} shows the .notdef glyph");
                    }
                }
            }
            if (type == "/Font" && subtype == "/Type0" && !Has(value, "/ToUnicode"))
            {
                failures.Add($"PDF/A-2 6.2.11.7.2: font {property.Name} has no ToUnicode map");
            }
            if (type == "/StructElem" && value.TryGetProperty("/S", out var noteRole) && noteRole.GetString() == "/Note" && !Has(value, "/ID"))
            {
                failures.Add($"Matterhorn 19-003: note {property.Name} has no /ID");
            }
            if (type == "/Font" && subtype == "/Type3")
            {
                failures.Add($"this writer's own rule: font {property.Name} is a Type 3 font");
            }
            if (type == "/FontDescriptor" && !Has(value, "/FontFile") && !Has(value, "/FontFile2") && !Has(value, "/FontFile3"))
            {
                failures.Add($"PDF/A-2 6.2.11.4.1 / Matterhorn 31-001: font {property.Name} is not embedded");
            }
            if (type == "/StructElem" && value.TryGetProperty("/S", out var role) && role.GetString() == "/Figure" && !Has(value, "/Alt") && !Has(value, "/ActualText"))
            {
                failures.Add($"Matterhorn 13-004: figure {property.Name} has no alternative text");
            }
        }
        return failures;
    }

    // The first painting operator outside any marked-content sequence, or null.
    private static string? UnmarkedContent(string content)
    {
        var depth = 0;
        foreach (var token in ContentTokens.Read(content))
        {
            if (token.Kind != ContentTokens.Kind.Operator)
            {
                continue;
            }
            switch (token.Text)
            {
                case "BDC" or "BMC":
                    depth++;
                    break;
                case "EMC":
                    depth--;
                    break;
                case "TJ" or "Tj" or "'" or "\"" or "f" or "f*" or "S" or "s" or "Do" or "B" or "B*" or "b" or "b*" or "F" or "sh" when depth <= 0:
                    return token.Text;
            }
        }
        return null;
    }

    // Every font of this writer is Type0 with Identity-H, two bytes a code, and code 0 is glyph 0: .notdef.
    private static bool ShowsNotdef(string content)
    {
        var shown = new List<byte[]>();
        foreach (var token in ContentTokens.Read(content))
        {
            if (token.Kind == ContentTokens.Kind.String)
            {
                shown.Add(token.Bytes!);
                continue;
            }
            if (token.Kind != ContentTokens.Kind.Operator)
            {
                continue;
            }
            if (token.Text is "TJ" or "Tj" or "'" or "\"")
            {
                foreach (var bytes in shown)
                {
                    for (var at = 0; at + 2 <= bytes.Length; at += 2)
                    {
                        if (bytes[at] == 0 && bytes[at + 1] == 0)
                        {
                            return true;
                        }
                    }
                }
            }
            // The strings of other operators (a marked-content property such as /ActualText) are not shown.
            shown.Clear();
        }
        return false;
    }

    private static string Decode(string text) => text.StartsWith("u:", StringComparison.Ordinal) ? text[2..] : text;
}
