namespace Briefing.Document;

/// <summary>A horizontal rule (thematic break).</summary>
public sealed record RuleNode(NodeHead Head) : BlockNode(Head);
