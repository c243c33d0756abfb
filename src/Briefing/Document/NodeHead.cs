namespace Briefing.Document;

/// <summary>What every node carries: an id unique in its document (in document order), style key, language and source span.</summary>
public sealed record NodeHead(int Id, StyleKey Style, string? Language, SourceSpan Span);
