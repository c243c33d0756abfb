namespace Briefing.FactSheets;

/// <summary>The memo header block. <see cref="Subject"/> is already defaulted to the fact sheet's title.</summary>
public sealed record Memo(
    string? To,
    string? From,
    string Subject,
    MemoKind Kind,
    IReadOnlyList<string> DraftedBy,
    IReadOnlyList<string> ClearedBy);
