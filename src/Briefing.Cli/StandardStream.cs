namespace Briefing.Cli;

/// <summary><c>-</c> names standard input or output, as in every Unix tool.</summary>
internal static class StandardStream
{
    public const string Dash = "-";

    public static bool Is(string? value) => value is Dash;
}
