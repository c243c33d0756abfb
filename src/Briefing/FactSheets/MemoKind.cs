namespace Briefing.FactSheets;

public enum MemoKind
{
    Information,
    Action,
    Background,
}
