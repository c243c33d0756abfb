namespace Briefing.FactSheets;

/// <summary>
/// The classification authority block of a classified US document: who classified it, why or from what, and until when.
/// Exactly one of <see cref="Reason"/> (original classification) and <see cref="DerivedFrom"/> (derivative) is set.
/// </summary>
public sealed record ClassificationAuthority(string ClassifiedBy, string? Reason, string? DerivedFrom, string DeclassifyOn);
