namespace Briefing.FactSheets;

public sealed record Delegation(
    string Party,
    IReadOnlyList<Member> Members);
