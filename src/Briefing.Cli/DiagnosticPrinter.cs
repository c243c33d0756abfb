using Briefing.Diagnostics;

namespace Briefing.Cli;

/// <summary>Prints diagnostics one per line in the <c>file:line:col: severity: message</c> form editors jump to.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
        }
    }
}
