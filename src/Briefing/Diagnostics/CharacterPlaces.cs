using System.Text;

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

    /// <summary>1-based line and column (in UTF-16 units, as the loader counts) of the first <paramref name="character"/>.</summary>
    private static (int Line, int Column)? Find(string text, int character)
    {
        var index = text.IndexOf(new Rune(character).ToString(), StringComparison.Ordinal);
        if (index < 0)
        {
            return null;
        }
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        var line = 1;
        for (var i = 0; i < lineStart; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }
        return (line, index - lineStart + 1);
    }
}
