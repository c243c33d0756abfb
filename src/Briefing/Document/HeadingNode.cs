namespace Briefing.Document;

/// <summary>A heading of level 1-6; <see cref="Anchor"/> is the id links and the outline point to.</summary>
public sealed record HeadingNode(NodeHead Head, int Level, string? Anchor, IReadOnlyList<InlineNode> Content) : BlockNode(Head);
