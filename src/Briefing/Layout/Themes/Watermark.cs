using Briefing.Layout.Pages;

namespace Briefing.Layout;

/// <summary>
/// A word such as EXERCISE or DRAFT across the middle of every page, beneath the text. <see cref="Text"/> is what
/// the theme prints when the document sets none; the document's own <c>watermark</c> wins.
/// </summary>
public sealed record Watermark(string? Text, Rgba Colour, float Size)
{
    /// <summary>A light grey that stays readable behind body text in print and on screen.</summary>
    public static Watermark Default { get; } = new(null, new Rgba(0xd9, 0xd9, 0xd9), 96);
}
