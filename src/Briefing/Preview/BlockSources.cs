using Briefing.Document;
using Briefing.Templating;

namespace Briefing.Preview;

/// <summary>
/// Where a block of the pages was written: its line in the generated Markdown (from the document tree's spans) and
/// the template line that wrote that Markdown line.
/// </summary>
public sealed class BlockSources
{
    // A block's first Markdown line may hold only a marker the template wrote on a line of its own; a few lines on
    // is still the same block.
    private const int LinesToSearch = 4;

    private readonly Dictionary<int, Node> nodes;
    private readonly IReadOnlyList<TemplatePlace?> templateLines;

    public BlockSources(DocumentTree? tree, IReadOnlyList<TemplatePlace?> templateLines)
    {
        nodes = tree?.Descendants().GroupBy(n => n.Id).ToDictionary(g => g.Key, g => g.First()) ?? [];
        this.templateLines = templateLines;
    }

    public static BlockSources None { get; } = new(null, []);

    /// <summary>The Markdown line (1-based; 0 when unknown) and template line of the node <paramref name="nodeId"/>.</summary>
    public (int MarkdownLine, TemplatePlace? Template) Of(int nodeId)
    {
        if (!nodes.TryGetValue(nodeId, out var node) || node.Span.Line <= 0) return (0, null);
        var line = node.Span.Line;
        for (var i = line; i < line + LinesToSearch && i <= templateLines.Count; i++)
        {
            if (templateLines[i - 1] is { } place) return (line, place);
        }

        return (line, null);
    }
}
