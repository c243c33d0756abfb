using System.Globalization;
using Briefing.Diagnostics;
using Briefing.Layout.Pages;
using Briefing.Text.Bidi;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefing.Layout;

/// <summary>Document metadata from the YAML front matter: title, subject, author, keywords, language, classification, date.</summary>
internal static class FrontMatter
{
    /// <summary>
    /// Reads the front matter's YAML <paramref name="text"/> (null when the document has none), which starts on
    /// Markdown line <paramref name="lineOffset"/> (its <c>---</c>).
    /// </summary>
    public static DocumentMetadata Read(string? text, int lineOffset, string sourcePath, List<Diagnostic> diagnostics, string? fallbackTitle)
    {
        var values = new Dictionary<string, (string Text, YamlNode Node)>(StringComparer.OrdinalIgnoreCase);
        if (text is not null)
        {
            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(text));
                if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map)
                {
                    foreach (var (key, value) in map.Children)
                    {
                        var name = (key as YamlScalarNode)?.Value ?? "";
                        var joined = value switch
                        {
                            YamlScalarNode s => s.Value ?? "",
                            YamlSequenceNode seq => string.Join(", ", seq.Children.OfType<YamlScalarNode>().Select(c => c.Value)),
                            _ => "",
                        };
                        values[name] = (joined, value);
                    }
                }
            }
            catch (YamlException e)
            {
                diagnostics.Add(new Diagnostic(sourcePath, (int)e.Start.Line + lineOffset, (int)e.Start.Column, Severity.Error,
                    $"front matter is not valid YAML: {e.InnerException?.Message ?? e.Message}"));
            }
            DateTimeOffset? date = null;
            if (values.TryGetValue("date", out var d))
            {
                if (DateTimeOffset.TryParse(d.Text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    date = parsed;
                }
                else
                {
                    diagnostics.Add(new Diagnostic(sourcePath, (int)d.Node.Start.Line + lineOffset, (int)d.Node.Start.Column, Severity.Warning,
                        $"front matter date `{d.Text}` is not a date", "write it as YYYY-MM-DD"));
                }
            }
            int? maxPages = null;
            if (values.TryGetValue("max_pages", out var m))
            {
                if (int.TryParse(m.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit > 0)
                {
                    maxPages = limit;
                }
                else
                {
                    diagnostics.Add(new Diagnostic(sourcePath, (int)m.Node.Start.Line + lineOffset, (int)m.Node.Start.Column, Severity.Warning,
                        $"front matter max_pages `{m.Text}` is not a page count", "write a whole number, e.g. max_pages: 1"));
                }
            }

            return Metadata(values, date, fallbackTitle) with { MaxPages = maxPages };
        }
        return Metadata(values, null, fallbackTitle);
    }

    private static DocumentMetadata Metadata(Dictionary<string, (string Text, YamlNode Node)> values, DateTimeOffset? date, string? fallbackTitle)
    {
        // A viewer shows these on their own, in its title bar and document properties.
        string? Get(string key) => values.TryGetValue(key, out var v) && v.Text.Length > 0 ? BidiScope.Closed(v.Text) : null;
        return new DocumentMetadata(
            Get("title") ?? (fallbackTitle is null ? "" : BidiScope.Closed(fallbackTitle)),
            Get("subject"),
            Get("author"),
            Get("keywords"),
            Get("language") ?? Get("lang"),
            Get("classification"),
            date)
        { Watermark = Get("watermark") };
    }
}
