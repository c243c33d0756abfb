using Briefing.Diagnostics;
using Briefing.FactSheets.Yaml;

namespace Briefing.FactSheets.Provenance;

/// <summary>Checks that quotes cite a source and appear, word for word, in the saved text of that source.</summary>
/// <remarks>
/// A quote missing from its source is a warning, or an error in strict mode: the text may be a different edition,
/// but a memo that misquotes a head of state must not go out unnoticed.
/// </remarks>
internal static class QuoteProvenance
{
    /// <summary>Largest source text read, in bytes: a long report, not a book.</summary>
    public const int MaxSourceBytes = 4 * 1024 * 1024;

    public static void Check(SheetMap root, FactSheet sheet, string folder, bool strict, DiagnosticBag bag)
    {
        var texts = SourceTexts(root, sheet, folder, bag);
        var parties = root["parties"] as SheetList;
        for (var i = 0; i < sheet.Parties.Count; i++)
        {
            var quoteNodes = (parties?.Items[i] as SheetMap)?["quotes"] as SheetList;
            for (var j = 0; j < sheet.Parties[i].Quotes.Count; j++)
            {
                var quote = sheet.Parties[i].Quotes[j];
                var node = (SheetMap)quoteNodes!.Items[j];
                var path = $"parties[{i}].quotes[{j}]";
                if (quote.Source is null)
                {
                    if (sheet.Schema == FactSheet.SchemaVersion11)
                    {
                        bag.Error(node.Start.Line, node.Start.Column, $"`{path}` cites no source",
                            "every quote names the source it comes from: add `source:` with an id from `sources`");
                    }

                    continue;
                }

                if (!texts.TryGetValue(quote.Source, out var source)) continue;
                var match = PassageMatch.Find(quote.Text, source.Text);
                if (match.Found) continue;
                var at = node["text"]!.Start;
                var message = $"`{path}` does not appear word for word in the text of source `{quote.Source}` ({source.File})";
                var hint = match.Closest.Length == 0
                    ? "the source text is empty"
                    : $"closest passage: “{match.Closest}”; the quote {string.Join("; ", match.Differences)}";
                if (strict) bag.Error(at.Line, at.Column, message, hint);
                else bag.Warning(at.Line, at.Column, message, hint + "; quote only the words said, and say the rest without quotation marks");
            }
        }
    }

    private static Dictionary<string, (string File, string Text)> SourceTexts(SheetMap root, FactSheet sheet, string folder, DiagnosticBag bag)
    {
        var texts = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        var nodes = root["sources"] as SheetList;
        for (var i = 0; i < sheet.Sources.Count; i++)
        {
            if (sheet.Sources[i].File is not { } file) continue;
            var text = SideFile.Read(folder, file, MaxSourceBytes, "source text", out var problem);
            if (text is null)
            {
                var at = ((SheetMap)nodes!.Items[i])["file"]!.Start;
                bag.Error(at.Line, at.Column, $"cannot read the text of source `{sheet.Sources[i].Id}`: {problem}",
                    "save the source's text beside the fact sheet, or leave `file` out");
                continue;
            }

            texts[sheet.Sources[i].Id] = (file, text);
        }

        return texts;
    }
}
