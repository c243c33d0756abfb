namespace Briefing.Document;

/// <summary>A line break: hard (forced, <c>\</c> or <c>&lt;br&gt;</c>) or soft (a space when the text is set).</summary>
public sealed record LineBreakNode(NodeHead Head, bool IsHard) : InlineNode(Head);
