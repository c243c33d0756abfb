using Briefing.FactSheets.Yaml;

namespace Briefing.FactSheets.Markings;

/// <summary>One portion of a marked fact sheet: where it is, its mark and its text without the mark.</summary>
/// <remarks><c>Path</c>: As messages name it: <c>parties[0].position.points[1]</c>.</remarks>
internal sealed record MarkedPortion(string Path, SheetNode Node, SourcePoint At, Marking Marking, string Text);
