namespace Briefing.Diagnostics;

public enum Severity
{
    Error,
    Warning,

    /// <summary>Not a problem: something the author may want to know, such as a banner kept higher than its portions.</summary>
    Note,
}
