using Briefing.Text;

namespace Briefing.Layout.Pages;

/// <summary>A font file the pages refer to by <see cref="Id"/>; glyph runs carry glyph ids of this file.</summary>
public sealed record EmbeddedFont(int Id, string Name, ReadOnlyMemory<byte> Data, int FaceIndex)
{
    /// <summary>Subsets already made of this font, shared by the documents set with the same font library.</summary>
    internal FontSubsets Subsets { get; init; } = new();
}
