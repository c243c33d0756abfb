namespace Briefing.Layout;

/// <summary>Where footnotes are set: at the foot of the page that cites them, or together at the end of the document.</summary>
public enum FootnotePlacement
{
    Page,
    End,
}
