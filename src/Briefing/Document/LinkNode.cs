namespace Briefing.Document;

/// <summary>A link: a URI, or <c>#id</c> for a heading of the document.</summary>
public sealed record LinkNode(NodeHead Head, string Url, IReadOnlyList<InlineNode> Content) : InlineNode(Head)
{
    public bool IsInternal => Url.StartsWith('#');
}
