namespace Briefing.Layout.Inline;

/// <summary>A piece of paragraph text in one style. A '\n' in <see cref="Text"/> is a forced line break.</summary>
internal sealed record InlineSpan(string Text, TextStyle Style);
