using Briefing.Text;

namespace Briefing.Layout.Inline;

/// <summary>A shaped run inside a word with its style and bidi level; <see cref="IsSpace"/> marks the whitespace after a word.</summary>
internal sealed record TextPiece(ShapedRun Run, TextStyle Style, int Level, bool IsSpace)
{
    public float Width => Run.Width;
}
