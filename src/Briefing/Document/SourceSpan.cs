namespace Briefing.Document;

/// <summary>
/// Where a node was written in the generated Markdown: 1-based line and column, and the character range
/// [<see cref="Start"/>, <see cref="End"/>) of the Markdown text.
/// </summary>
public sealed record SourceSpan(int Line, int Column, int Start, int End)
{
    public static SourceSpan None { get; } = new(0, 0, 0, 0);

    public override string ToString() => $"{Line}:{Column}";
}
