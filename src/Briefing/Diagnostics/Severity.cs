namespace Briefing.Diagnostics;

public enum Severity
{
    Error,
    Warning,
}
