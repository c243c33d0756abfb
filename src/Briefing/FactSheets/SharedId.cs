using Briefing.Diagnostics;

namespace Briefing.FactSheets;

/// <summary>Two fact sheets in one run with the same id, whose outputs would have the same name.</summary>
public static class SharedId
{
    /// <summary>The error at <paramref name="later"/>'s id, naming the place of the id that keeps the output name.</summary>
    public static Diagnostic Error(string laterFile, FactSheet later, string firstFile, FactSheet first)
    {
        var (line, column) = IdPlace(later);
        var (firstLine, firstColumn) = IdPlace(first);
        var firstPlace = firstLine > 0 ? $"{firstFile}:{firstLine}:{firstColumn}" : firstFile;
        return new Diagnostic(laterFile, line, column, Severity.Error,
            $"id `{later.Id}` is also the id of {firstPlace}; their outputs would overwrite each other, so this one is not rendered",
            "give each fact sheet its own id");
    }

    private static (int Line, int Column) IdPlace(FactSheet sheet) =>
        sheet.Places.TryGetValue("id", out var place) ? (place.Line, place.Column) : (0, 0);
}
