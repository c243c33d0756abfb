namespace Briefing.Templating;

/// <summary>A portion of a marked fact sheet as a template sees it: printed with its mark, <c>(U) Text</c>.</summary>
/// <remarks>
/// Printing the mark by default means a template that knows nothing of markings still marks every portion;
/// <c>b.mark</c> and <c>b.text</c> take the two apart where a template places the mark itself (outside quotation marks).
/// </remarks>
internal sealed record MarkedText(string Mark, string Text)
{
    public override string ToString() => $"{Mark} {Text}";
}
