using Briefing.Layout.Elements;
using Briefing.Layout.Pages;

namespace Briefing.Layout;

/// <summary>
/// An image in a slot of the running header or footer (a seal, a logo), read when the theme is loaded from a path
/// relative to the theme's folder, at the size the theme asks for.
/// </summary>
public sealed record RunningImage(ImageData Image, float? Width, float? Height)
{
    internal ImageSize Size => new(Width, Height, null);
}
