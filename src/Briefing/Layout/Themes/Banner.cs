using Briefing.Layout.Pages;

namespace Briefing.Layout;

/// <summary>
/// The classification banner at the top and bottom edge of every page. <see cref="Colours"/> maps a
/// classification (compared case-insensitively) to its colour; others use <see cref="Colour"/>.
/// </summary>
public sealed record Banner(string Text, Rgba Colour, float Size, bool Bold, IReadOnlyDictionary<string, Rgba> Colours)
{
    /// <summary>Where the theme sets the banner's size (else where it sets the banner): what to change when it does not fit.</summary>
    public ThemePlace? Place { get; init; }
}
