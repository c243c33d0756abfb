namespace Briefing.Building;

/// <summary>A file format a build writes for every document; the lower-case name is the file extension.</summary>
public enum BuildFormat
{
    Pdf,
    Docx,
    Html,
}
