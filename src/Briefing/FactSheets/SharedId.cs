using Briefing.Diagnostics;

namespace Briefing.FactSheets;

/// <summary>Two fact sheets in one run with the same id, whose outputs would have the same name.</summary>
public static class SharedId
{
    /// <summary>The error at <paramref name="later"/>'s id, naming the place of the id that keeps the output name.</summary>
    public static Diagnostic Error(string laterFile, FactSheet later, string firstFile, FactSheet first) =>
        Error(laterFile, later.Id, IdPlace(later), firstFile, IdPlace(first));

    /// <summary>The error at the later sheet's id (when its place is known), naming the place of the first.</summary>
    public static Diagnostic Error(string laterFile, string id, ValuePlace? laterPlace, string firstFile, ValuePlace? firstPlace)
    {
        var first = firstPlace is { } f ? $"{firstFile}:{f.Line}:{f.Column}" : firstFile;
        return new Diagnostic(laterFile, laterPlace?.Line ?? 0, laterPlace?.Column ?? 0, Severity.Error,
            $"id `{id}` is also the id of {first}; their outputs would overwrite each other, so this one is not rendered",
            "give each fact sheet its own id");
    }

    private static ValuePlace? IdPlace(FactSheet sheet) =>
        sheet.Places.TryGetValue("id", out var place) ? place : null;
}
