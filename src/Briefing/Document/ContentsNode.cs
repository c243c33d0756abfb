namespace Briefing.Document;

/// <summary>A table of contents: a list inside a <c>toc</c> container or with the class <c>toc</c>; layout adds the page numbers.</summary>
public sealed record ContentsNode(NodeHead Head, IReadOnlyList<ContentsEntryNode> Entries) : BlockNode(Head);
