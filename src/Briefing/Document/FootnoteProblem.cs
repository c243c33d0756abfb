namespace Briefing.Document;

/// <summary>
/// A footnote reference whose label no note defines (<see cref="Undefined"/>; Markdown prints it as it was typed) or
/// a note that no reference cites (Markdown drops it): both lose what the template meant to say.
/// </summary>
public sealed record FootnoteProblem(string Label, SourceSpan Span, bool Undefined);
