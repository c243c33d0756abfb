namespace Briefing.Document;

/// <summary>
/// A document as the template wrote it, before any style is resolved or image read: its blocks, its footnotes
/// (in the order they are numbered), the front matter's YAML text and line, and its language.
/// </summary>
public sealed record DocumentTree(
    IReadOnlyList<BlockNode> Blocks,
    IReadOnlyList<FootnoteNode> Footnotes,
    string? FrontMatter,
    int FrontMatterLine,
    string? Language)
{
    /// <summary>References that cite no note and notes that no reference cites, where they were written.</summary>
    public IReadOnlyList<FootnoteProblem> FootnoteProblems { get; init; } = [];

    /// <summary>Where the value of each top-level key of the front matter stands (<c>classification</c>, <c>title</c>), by key.</summary>
    public IReadOnlyDictionary<string, SourceSpan> FrontMatterPlaces { get; init; } = new Dictionary<string, SourceSpan>();

    /// <summary>Every node, depth first in document order (footnotes last).</summary>
    public IEnumerable<Node> Descendants() => NodeWalk.Walk(Footnotes.Count == 0 ? Blocks : [.. Blocks, .. Footnotes]);
}
