namespace Briefing.Preview;

/// <summary>One numbered line of a file, shown around a problem.</summary>
public sealed record ExcerptLine(int Number, string Text);
