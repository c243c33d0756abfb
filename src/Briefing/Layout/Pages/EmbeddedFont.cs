namespace Briefing.Layout.Pages;

/// <summary>A font file the pages refer to by <see cref="Id"/>; glyph runs carry glyph ids of this file.</summary>
public sealed record EmbeddedFont(int Id, string Name, ReadOnlyMemory<byte> Data, int FaceIndex);
