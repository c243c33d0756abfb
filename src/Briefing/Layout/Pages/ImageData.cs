namespace Briefing.Layout.Pages;

/// <summary>Image bytes as read, with their pixel (or SVG user unit) size.</summary>
public sealed record ImageData(ReadOnlyMemory<byte> Bytes, bool IsSvg, float NaturalWidth, float NaturalHeight);
