namespace Briefing.FactSheets.Markings;

/// <summary>A dissemination control of a marking scheme, such as NOFORN or REL TO, with how it combines across portions.</summary>
/// <remarks>
/// <c>IsRelease</c>: A release list (<c>REL TO USA, GBR</c>): the document may go only where every portion may go,
/// so lists are intersected. Otherwise a restrictive control: one portion's restriction binds the document, so
/// restrictive controls are united.<br/>
/// <c>ExcludesRelease</c>: A restrictive control that forbids any release (NOFORN): the release list is dropped.<br/>
/// <c>First</c>: For a release list, the country always named first (USA); the others follow in alphabetical order.<br/>
/// <c>WhenNone</c>: For a release list, the portion spelling of the restrictive control the banner gets when the
/// lists leave no country but <c>First</c> (NF).<br/>
/// </remarks>
public sealed record DisseminationControl(
    string Portion,
    string Banner,
    bool IsRelease,
    bool ExcludesRelease,
    string? First,
    string? WhenNone);
