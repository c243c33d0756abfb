namespace Briefing.Layout;

/// <summary>The ranges of theme lengths, in points.</summary>
internal static class LengthLimits
{
    /// <summary>An inch: the smallest page that still holds a line of text.</summary>
    public const float PageMin = 72;

    /// <summary>200 inches: the largest page PDF viewers must support (ISO 32000-1, Annex C, 14,400 units).</summary>
    public const float PageMax = 14400;

    /// <summary>Half of the largest page; the body must still keep an inch, which is checked with the page.</summary>
    public const float Margin = 7200;

    /// <summary>Space before or after a block: ten inches, more than a page's body on any usual paper.</summary>
    public const float Space = 720;

    /// <summary>List indent: four inches, so a list item keeps room for text on a portrait page.</summary>
    public const float Indent = 288;

    /// <summary>Padding of boxes and table cells: two inches.</summary>
    public const float Padding = 144;

    /// <summary>Rule and border widths: an inch.</summary>
    public const float Rule = 72;
}
