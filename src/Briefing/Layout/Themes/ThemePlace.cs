namespace Briefing.Layout;

/// <summary>Where a theme sets something: the theme file and the 1-based line and column of the value.</summary>
public sealed record ThemePlace(string File, int Line, int Column);
