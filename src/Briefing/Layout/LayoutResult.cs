using Briefing.Diagnostics;
using Briefing.Layout.Pages;

namespace Briefing.Layout;

/// <summary>The laid-out document (null when layout failed) and the problems found on the way.</summary>
public sealed record LayoutResult(LaidOutDocument? Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>How many times the document was laid out: twice or more when it prints page numbers of its own headings.</summary>
    public int Passes { get; init; } = 1;
}
