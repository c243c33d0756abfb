using System.Text;
using Briefing.FactSheets.Yaml;

namespace Briefing.Diagnostics;

/// <summary>
/// Moves "no font can draw" warnings from the generated Markdown (a file the user never sees) to the first place
/// the character is written in the fact sheet, where the user can change it.
/// </summary>
internal static class CharacterPlaces
{
    public static IReadOnlyList<Diagnostic> InFactSheet(IReadOnlyList<Diagnostic> diagnostics, string factSheetPath, string? factSheetText)
    {
        if (factSheetText is null || !diagnostics.Any(d => d.MissingCharacter is not null))
        {
            return diagnostics;
        }
        return diagnostics.Select(d => d.MissingCharacter is { } character && Find(factSheetText, character) is { } place
            ? d with { File = factSheetPath, Line = place.Line, Column = place.Column }
            : d).ToList();
    }

    private static (int Line, int Column)? Find(string text, int character)
    {
        var index = text.IndexOf(new Rune(character).ToString(), StringComparison.Ordinal);
        return index < 0 ? null : SheetText.EndOf(text.AsSpan(0, index));
    }
}
