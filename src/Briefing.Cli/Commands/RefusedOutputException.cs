namespace Briefing.Cli.Commands;

/// <summary>An output path that names one of the render's own inputs: wrong usage (exit 2), found only once the fact sheet is loaded.</summary>
internal sealed class RefusedOutputException(string message) : Exception(message);
