namespace Briefing.Export.Pdf;

/// <summary>The number of an indirect object; generation is always 0 in a file written at once.</summary>
internal readonly record struct PdfRef(int Number);
