namespace Briefing.Text;

/// <summary>A family fallback list with a weight and slant, as a theme asks for it.</summary>
internal sealed record FontRequest(IReadOnlyList<string> Families, bool Bold, bool Italic)
{
    public string Key => $"{string.Join(",", Families)}|{(Bold ? "b" : "")}{(Italic ? "i" : "")}";
}
