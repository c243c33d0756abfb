using Briefing.Diagnostics;
using Briefing.Layout.Pages;

namespace Briefing.Layout;

/// <summary>The laid-out document (null when layout failed) and the problems found on the way.</summary>
public sealed record LayoutResult(LaidOutDocument? Document, IReadOnlyList<Diagnostic> Diagnostics);
