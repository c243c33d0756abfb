using System.Text;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Tests.Templating;

/// <summary>Reads rendered Markdown back with the dialect the layout stage parses, to check what it will see.</summary>
internal static class MarkdownInspection
{
    public static MarkdownDocument Parse(string markdown) => Briefing.Markup.MarkdownSyntax.Parse(markdown);

    /// <summary>The kinds of markup node in a document and how many of each, e.g. "EmphasisInline" → 3.</summary>
    public static SortedDictionary<string, int> Shape(MarkdownDocument document)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in document.Descendants())
        {
            if (node is LiteralInline or LineBreakInline) continue;
            var key = node switch
            {
                HeadingBlock h => $"Heading{h.Level}",
                TableRow r => $"TableRow/{r.Count}",
                _ => node.GetType().Name,
            };
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    /// <summary>The text a reader sees: literal content of all inlines, whitespace collapsed.</summary>
    public static string Text(MarkdownObject node)
    {
        var sb = new StringBuilder();
        // A leaf block's Descendants do not always reach into its inlines; start from the inline root then.
        var literals = node is LeafBlock { Inline: { } inline } ? inline.Descendants<LiteralInline>() : node.Descendants<LiteralInline>();
        foreach (var literal in literals) sb.Append(literal.Content.ToString());
        return Collapse(sb.ToString());
    }

    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
