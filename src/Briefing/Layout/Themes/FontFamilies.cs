namespace Briefing.Layout;

/// <summary>The three family fallback lists a theme names.</summary>
public sealed record FontFamilies(IReadOnlyList<string> Body, IReadOnlyList<string> Heading, IReadOnlyList<string> Mono);
