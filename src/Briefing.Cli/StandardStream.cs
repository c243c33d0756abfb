namespace Briefing.Cli;

/// <summary>
/// The command-line parser reads a lone <c>-</c> as an option without a name, so <c>-</c> (standard input or
/// output, as in every Unix tool) is swapped for a token before parsing and swapped back in the commands.
/// </summary>
internal static class StandardStream
{
    public const string Dash = "-";
    private const string Token = "\u241Fstandard-stream";

    public static string[] Protect(string[] args) => args.Select(a => a == Dash ? Token : a).ToArray();

    public static string Restore(string value) => value == Token ? Dash : value;

    public static bool Is(string? value) => value is Dash or Token;
}
