using System.Text;
using Briefing.FactSheets.Yaml;

namespace Briefing.Diagnostics;

/// <summary>
/// Moves a "no font can draw" warning from the start of the fact-sheet value that holds the character to the
/// character itself, where the user can change it.
/// </summary>
internal static class CharacterPlaces
{
    public static IReadOnlyList<Diagnostic> InFactSheet(IReadOnlyList<Diagnostic> diagnostics, string factSheetPath, Func<string?> readSheet)
    {
        if (!diagnostics.Any(d => d.MissingCharacter is not null && d.File == factSheetPath && d.Line > 0))
        {
            return diagnostics;
        }

        var text = readSheet();
        if (text is null)
        {
            return diagnostics;
        }

        return diagnostics.Select(d => d.MissingCharacter is { } character && d.File == factSheetPath && d.Line > 0
            && Find(text, character, d.Line, d.Column) is { } place
            ? d with { Line = place.Line, Column = place.Column }
            : d).ToList();
    }

    // The first time the character is written at or after the value's start.
    private static (int Line, int Column)? Find(string text, int character, int line, int column)
    {
        var start = 0;
        for (var l = 1; l < line && start >= 0; l++)
        {
            start = text.IndexOf('\n', start) is var end and >= 0 ? end + 1 : -1;
        }

        if (start < 0) return null;
        var index = text.IndexOf(new Rune(character).ToString(), Math.Min(text.Length, start + Math.Max(0, column - 1)), StringComparison.Ordinal);
        return index < 0 ? null : SheetText.EndOf(text.AsSpan(0, index));
    }
}
