using System.Collections.Immutable;

namespace Briefing.Layout.Pages;

/// <summary>Something placed on a page. Coordinates are points from the page's top-left corner, y downwards.</summary>
public abstract record PageItem(StructureTag Tag);

/// <summary>
/// Shaped glyphs on one baseline. <see cref="Clusters"/> are UTF-8 byte offsets into <see cref="Text"/> per glyph,
/// so the PDF maps glyphs back to searchable, copyable text.
/// </summary>
public sealed record GlyphRunItem(
    StructureTag Tag,
    float X,
    float Baseline,
    int FontId,
    float Size,
    Rgba Colour,
    ImmutableArray<ushort> Glyphs,
    ImmutableArray<float> GlyphX,
    ImmutableArray<float> GlyphY,
    string Text,
    ImmutableArray<uint> Clusters,
    float Width) : PageItem(Tag);

/// <summary>A filled rectangle.</summary>
public sealed record FillItem(StructureTag Tag, float X, float Y, float Width, float Height, Rgba Colour) : PageItem(Tag);

/// <summary>A straight line of a given thickness.</summary>
public sealed record RuleItem(StructureTag Tag, float X1, float Y1, float X2, float Y2, float Thickness, Rgba Colour) : PageItem(Tag);

/// <summary>An encoded image (PNG, JPEG or SVG bytes) drawn into a rectangle.</summary>
public sealed record ImageItem(StructureTag Tag, float X, float Y, float Width, float Height, ImageData Image) : PageItem(Tag);

/// <summary>A clickable area: an external URI, or an internal destination name (<c>#name</c> stripped).</summary>
public sealed record LinkItem(StructureTag Tag, float X, float Y, float Width, float Height, string? Uri, string? Destination) : PageItem(Tag);

/// <summary>A named place internal links and the outline point to.</summary>
public sealed record DestinationItem(StructureTag Tag, float X, float Y, string Name) : PageItem(Tag);
