namespace Briefing.Templating;

/// <summary>Markup that the template wrote itself (a literal, an include, a helper's link), printed without escaping.</summary>
/// <remarks><see cref="Inserted"/> says which parts of it print fact-sheet values (a partial's values), relative to its start.</remarks>
internal sealed record MarkdownText(string Value)
{
    public IReadOnlyList<InsertedValue> Inserted { get; init; } = [];

    public override string ToString() => Value;
}
