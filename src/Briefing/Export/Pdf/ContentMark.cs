namespace Briefing.Export.Pdf;

/// <summary>
/// What a stretch of page content is marked as: part of a structure element (with its language when it differs
/// from the document's), or an artifact of a kind (ISO 32000-1, 14.8.2.2): pagination (running header and footer,
/// repeated table heads) or layout (rules, fills).
/// </summary>
internal readonly record struct ContentMark(StructureNode? Owner, string? Language, string? ArtifactType, string? ArtifactSubtype)
{
    public static ContentMark Element(StructureNode owner, string? language) => new(owner, language, null, null);

    public static ContentMark Artifact(string type, string? subtype = null) => new(null, null, type, subtype);
}
