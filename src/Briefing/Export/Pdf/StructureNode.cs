namespace Briefing.Export.Pdf;

/// <summary>One structure element of a tagged PDF (ISO 32000-1, 14.7.2) while the tree is being built.</summary>
internal sealed class StructureNode(string type, StructureNode? parent, PdfRef reference)
{
    public string Type { get; } = type;

    public StructureNode? Parent { get; } = parent;

    public PdfRef Reference { get; } = reference;

    /// <summary>Child elements, marked content (page index, MCID) and annotations (page index, annotation), in reading order.</summary>
    public List<object> Kids { get; } = [];

    public int? Page { get; set; }

    public string? Alt { get; set; }

    public string? Language { get; set; }

    public string? Id { get; set; }

    /// <summary>For a table header cell: the cells it heads.</summary>
    public string? Scope { get; set; }

    /// <summary>Children made on demand (LBody of a list item, THead of a table), by their type.</summary>
    public Dictionary<string, StructureNode> Parts { get; } = [];
}

/// <summary>A marked-content sequence on a page, as a kid of a structure element.</summary>
internal readonly record struct MarkedContentKid(int Page, int Mcid);

/// <summary>An annotation (a link) as a kid of a structure element.</summary>
internal readonly record struct AnnotationKid(int Page, PdfRef Annotation);
