namespace Briefing.Document;

/// <summary>The rest of the page stays empty; what follows starts a new page.</summary>
public sealed record PageBreakNode(NodeHead Head) : BlockNode(Head);
