namespace Briefing.Layout;

/// <summary>Named paper sizes in points (portrait).</summary>
internal static class PageSizes
{
    public static (float Width, float Height)? Named(string name) => name.Trim().ToLowerInvariant() switch
    {
        "a4" => (595.276f, 841.89f),
        "a5" => (419.528f, 595.276f),
        "a3" => (841.89f, 1190.551f),
        "letter" => (612f, 792f),
        "legal" => (612f, 1008f),
        _ => null,
    };
}
