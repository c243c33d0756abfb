namespace Briefing.Export.Pdf;

/// <summary>The standards a PDF is written to conform to; by default both, so every memo is accessible and archival.</summary>
[Flags]
public enum PdfStandards
{
    /// <summary>An untagged PDF, for those who must have one.</summary>
    None = 0,

    /// <summary>PDF/UA-1 (ISO 14289-1): tagged, with a structure tree, languages, alternative text and artifacts.</summary>
    UA1 = 1,

    /// <summary>PDF/A-2 (ISO 19005-2): level A when tagged as well, else level U; XMP metadata and an sRGB output intent.</summary>
    A2 = 2,

    Default = UA1 | A2,
}
