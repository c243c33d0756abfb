using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Briefing.Markup;

/// <summary>
/// <c>::: name</c> containers read as Pandoc reads fenced divs: a fence with a name or attributes opens a container,
/// a bare fence closes the innermost open one, and a bare fence with no container open is text. A template can then
/// put <c>:::</c> inside <c>:::</c>, as a partial included in a container does. Markdig's own reading closes the
/// outer container at the inner one's fence and opens an unnamed container at the outer one's, which silently
/// wraps the rest of the document in a box kept on one page.
/// </summary>
internal sealed class FencedDivs : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Replace<CustomContainerParser>(new InnermostClosingParser()))
        {
            pipeline.BlockParsers.Insert(0, new InnermostClosingParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private sealed class InnermostClosingParser : CustomContainerParser
    {
        private static readonly object ClosedKey = new();

        public override BlockState TryOpen(BlockProcessor processor) =>
            IsBareFence(processor.Line) ? BlockState.None : base.TryOpen(processor);

        // Markdig offers a line to the outermost open block first: an outer container lets the line through to the
        // container still open inside it, which closes on a bare fence (or lets it through again). Markdig marks every
        // block as not open while it offers a line, so a container's own closing is recorded here.
        public override BlockState TryContinue(BlockProcessor processor, Block block)
        {
            if (block is ContainerBlock { LastChild: CustomContainer inner } && inner.GetData(ClosedKey) is null)
            {
                processor.GoToColumn(processor.ColumnBeforeIndent);
                return BlockState.Continue;
            }
            return base.TryContinue(processor, block);
        }

        public override bool Close(BlockProcessor processor, Block block)
        {
            block.SetData(ClosedKey, true);
            return base.Close(processor, block);
        }

        private static bool IsBareFence(Markdig.Helpers.StringSlice line)
        {
            var text = line.AsSpan();
            var colons = text.Length - text.TrimStart(':').Length;
            return colons >= 3 && text[colons..].IsWhiteSpace();
        }
    }
}
