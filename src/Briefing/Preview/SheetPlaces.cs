using System.Text;
using Briefing.Diagnostics;
using Briefing.FactSheets.Yaml;

namespace Briefing.Preview;

/// <summary>
/// Every scalar value of a fact sheet with its key path and position, and which of them a piece of page text shows.
/// </summary>
/// <remarks>
/// A block shows a value when the value's text stands in it, or when the block is a long enough part of a value
/// (a paragraph broken across pages). Values shorter than <see cref="ShortestValue"/> characters are too common to
/// point anywhere.
/// </remarks>
public sealed class SheetPlaces
{
    public const int ShortestValue = 4;

    // A block this long that stands inside a value is a piece of it, not a coincidence.
    private const int ShortestPiece = 24;

    private readonly string[] normalised;

    private SheetPlaces(string file, IReadOnlyList<SheetPlace> all)
    {
        File = file;
        All = all;
        normalised = all.Select(p => Normalise(p.Value)).ToArray();
    }

    public static SheetPlaces None { get; } = new("", []);

    /// <summary>The fact sheet's path as given.</summary>
    public string File { get; }

    public IReadOnlyList<SheetPlace> All { get; }

    /// <summary>Reads the places of fact-sheet text; text that is not valid YAML has none.</summary>
    public static SheetPlaces Read(string file, string text)
    {
        var root = SheetReader.Read(text, new DiagnosticBag(file));
        var places = root is null ? [] : SheetScalars.Of(root).Select(p => new SheetPlace(p.Key, p.Scalar.Value, p.Scalar.Start.Line, p.Scalar.Start.Column)).ToList();
        return new SheetPlaces(file, places);
    }

    /// <summary>Indices into <see cref="All"/> of the values <paramref name="pageText"/> shows, the longest (most telling) first.</summary>
    public IReadOnlyList<int> ShownIn(string pageText)
    {
        var text = Normalise(pageText);
        if (text.Length == 0) return [];
        var shown = new List<int>();
        for (var i = 0; i < normalised.Length; i++)
        {
            var value = normalised[i];
            if (value.Length < ShortestValue) continue;
            if (text.Contains(value, StringComparison.Ordinal)
                || (text.Length >= ShortestPiece && value.Contains(text, StringComparison.Ordinal)))
            {
                shown.Add(i);
            }
        }

        return [.. shown.OrderByDescending(i => normalised[i].Length).ThenBy(i => i)];
    }

    // Pages set typographic quotes and break lines where the YAML had spaces or line ends, and also after a dash
    // where the YAML had none: white space after a dash is dropped on both sides of the comparison.
    private static string Normalise(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00AD')
            {
                space = c != '\u00AD' || space;
                continue;
            }

            if (space && result.Length > 0 && result[^1] is not ('-' or '\u2010' or '\u2013' or '\u2014')) result.Append(' ');
            space = false;
            result.Append(c switch
            {
                '\u2018' or '\u2019' => '\'',
                '\u201C' or '\u201D' => '"',
                _ => c,
            });
        }

        return result.ToString();
    }
}
