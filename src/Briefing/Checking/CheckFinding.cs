using Briefing.Diagnostics;

namespace Briefing.Checking;

/// <summary>A problem <c>briefing check</c> found: where it is, and the generated sheets that reached it.</summary>
public sealed record CheckFinding(string Template, Diagnostic Diagnostic, IReadOnlyList<string> Sheets)
{
    /// <summary>The diagnostic with the sheets that reach it named in its hint.</summary>
    public Diagnostic Reported => Diagnostic with
    {
        Hint = string.Join("; ", new[] { Diagnostic.Hint, $"reached with the generated sheet{(Names.Count == 1 ? "" : "s")} {string.Join(", ", Names)}" }.OfType<string>()),
    };

    // A problem inside a loop is met once per pass through it: each sheet is named once.
    private IReadOnlyList<string> Names => Sheets.Distinct(StringComparer.Ordinal).ToList();
}
