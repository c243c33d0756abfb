using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Markup;

/// <summary>
/// Markdig's generic attributes (<c>{#id .class key=value}</c> after a heading, a fenced block's info, an inline,
/// or on a line of their own before a block) read with <see cref="AttributeList"/>, which takes ids and classes of
/// any length.
/// </summary>
internal sealed class AttributeListExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<InlineAttributes>())
        {
            pipeline.InlineParsers.Insert(0, new InlineAttributes());
        }

        foreach (var parser in pipeline.BlockParsers)
        {
            if (parser is IAttributesParseable parseable)
            {
                parseable.TryParseAttributes = TrailingAttributes;
            }
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    // `# Heading {#id}` and "```lang {.class}": the list at the end of the line belongs to the block and leaves its text.
    private static bool TrailingAttributes(BlockProcessor processor, ref StringSlice line, IBlock block)
    {
        var at = line.Start < line.End ? line.IndexOf('{') : -1;
        if (at < 0)
        {
            return false;
        }

        var rest = line;
        rest.Start = at;
        if (!AttributeList.TryParse(ref rest, out var attributes))
        {
            return false;
        }

        var target = block.GetAttributes();
        attributes.CopyTo(target);
        target.Line = processor.LineIndex;
        target.Column = at - processor.CurrentLineStartPosition;
        target.Span.Start = at;
        target.Span.End = rest.Start - 1;
        line.End = at - 1;
        return true;
    }

    /// <summary>A list inside a paragraph: it belongs to the inline it follows, or else to the block.</summary>
    private sealed class InlineAttributes : InlineParser
    {
        public InlineAttributes() => OpeningCharacters = ['{'];

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            var start = slice.Start;
            if (!AttributeList.TryParse(ref slice, out var attributes))
            {
                return false;
            }

            var inline = processor.Inline;
            if (inline is LiteralInline)
            {
                // Plain text takes no attributes: they go to the element around it (a link, an emphasis), not to an open delimiter.
                do
                {
                    inline = inline.Parent;
                }
                while (inline is DelimiterInline);
            }

            MarkdownObject target = inline is null || inline == processor.Root ? processor.Block! : inline;
            // A paragraph of nothing but the list gives it to the block that follows, and goes.
            if (target is ParagraphBlock paragraph && paragraph.Inline!.FirstChild is null && processor.Inline is null && slice.IsEmptyOrWhitespace()
                && paragraph.Parent is { } parent && parent.IndexOf(paragraph) + 1 < parent.Count)
            {
                target = parent[parent.IndexOf(paragraph) + 1];
                paragraph.RemoveAfterProcessInlines = true;
            }

            var into = target.GetAttributes();
            attributes.CopyTo(into, true, false);
            into.Span.Start = processor.GetSourcePosition(start, out var line, out var column);
            into.Line = line;
            into.Column = column;
            into.Span.End = into.Span.Start + slice.Start - start - 1;
            return true;
        }
    }
}
