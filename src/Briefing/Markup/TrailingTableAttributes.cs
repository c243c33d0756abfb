using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Briefing.Markup;

/// <summary>
/// An attribute line (<c>{.borderless}</c>) right under a table belongs to the table. Markdig would read it as
/// one more line of the table's text and turn the whole table into a paragraph of <c>| … |</c>, so such lines
/// are set aside before parsing (blank, so every line keeps its number) and given to the table they close.
/// </summary>
internal static partial class TrailingTableAttributes
{
    [GeneratedRegex(@"^ {0,3}\{[^{}]*\}[ \t]*$")]
    private static partial Regex AttributeLine();

    [GeneratedRegex(@"^ {0,3}[|+]")]
    private static partial Regex TableLine();

    public static MarkdownDocument Parse(string markdown, Func<string, MarkdownDocument> parse)
    {
        // The lines are looked at in place: most documents have no such line, and need no string per line.
        var candidates = new List<int>();
        var text = markdown.AsSpan();
        var previous = default(Range);
        var index = 0;
        foreach (var line in text.Split('\n'))
        {
            if (index > 0 && AttributeLine().IsMatch(text[line].TrimEnd('\r')) && TableLine().IsMatch(text[previous]))
            {
                candidates.Add(index);
            }
            previous = line;
            index++;
        }
        if (candidates.Count == 0)
        {
            return parse(markdown);
        }
        var lines = markdown.Split('\n');
        var (document, attached) = Attach(lines, candidates, parse);
        if (attached.Count == candidates.Count)
        {
            return document;
        }
        // A candidate that closes no table (a line of a code block, say) is left as it was written.
        return Attach(lines, attached, parse).Document;
    }

    private static (MarkdownDocument Document, List<int> Attached) Attach(string[] lines, IReadOnlyList<int> candidates, Func<string, MarkdownDocument> parse)
    {
        var text = lines.ToArray();
        foreach (var i in candidates)
        {
            text[i] = "";
        }
        var joined = string.Join('\n', text);
        var document = parse(joined);
        var tables = document.Descendants<Table>().ToList();
        var attached = new List<int>();
        foreach (var i in candidates)
        {
            // Markdig's line numbers are 0-based: the table must end on the line just above the attribute line.
            var table = tables.FirstOrDefault(t => LastLine(joined, t) == i - 1);
            var slice = new StringSlice(lines[i].Trim());
            if (table is null || !AttributeList.TryParse(ref slice, out var attributes))
            {
                continue;
            }
            var target = table.GetAttributes();
            foreach (var name in attributes.Classes ?? [])
            {
                target.AddClass(name);
            }
            foreach (var property in attributes.Properties ?? [])
            {
                target.AddProperty(property.Key, property.Value ?? "");
            }
            if (attributes.Id is not null)
            {
                target.Id = attributes.Id;
            }
            attached.Add(i);
        }
        return (document, attached);
    }

    private static int LastLine(string text, Table table)
    {
        var end = Math.Clamp(table.Span.End, 0, text.Length - 1);
        while (end > 0 && text[end] is '\n' or '\r')
        {
            end--;
        }
        return text.AsSpan(0, end).Count('\n');
    }
}
