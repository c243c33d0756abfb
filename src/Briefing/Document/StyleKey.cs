namespace Briefing.Document;

/// <summary>
/// What a node's look is looked up by in a theme: its block kind (<c>paragraph</c>, <c>heading2</c>, <c>table</c>,
/// <c>code</c>, ...) and the named styles given to it (<c>{.note}</c>, <c>::: blufbox</c>). Nothing is resolved here.
/// </summary>
public sealed record StyleKey(string Kind, IReadOnlyList<string> Classes)
{
    public static StyleKey Of(string kind) => new(kind, []);

    public override string ToString() => Classes.Count == 0 ? Kind : $"{Kind}.{string.Join('.', Classes)}";
}
