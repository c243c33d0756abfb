namespace Briefing.Document;

/// <summary>
/// Where a node was written in the generated Markdown: 1-based line and column, and the character range
/// [<see cref="Start"/>, <see cref="End"/>) of the Markdown text; and, when known, the template line that wrote that
/// Markdown (<see cref="Template"/>) and the fact-sheet value the node's text shows (<see cref="Data"/>, the first
/// one when it shows several).
/// </summary>
public sealed record SourceSpan(int Line, int Column, int Start, int End)
{
    public static SourceSpan None { get; } = new(0, 0, 0, 0);

    /// <summary>The template line that wrote the node's first Markdown line.</summary>
    public SourcePlace? Template { get; init; }

    /// <summary>The fact-sheet value the node's text comes from; null for text the template wrote itself.</summary>
    public SourcePlace? Data { get; init; }

    /// <summary>Where the user changes what the node shows: the fact-sheet value, else the template line, else null.</summary>
    public SourcePlace? Origin => Data ?? Template;

    public override string ToString() => $"{Line}:{Column}";
}
