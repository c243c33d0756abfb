namespace Briefing.FactSheets.Markings;

/// <summary>A parsed marking, or what is wrong with the text.</summary>
internal sealed record MarkingResult(Marking? Marking, string? Problem)
{
    public static MarkingResult Ok(Marking marking) => new(marking, null);

    public static MarkingResult Fail(string problem) => new(null, problem);
}
