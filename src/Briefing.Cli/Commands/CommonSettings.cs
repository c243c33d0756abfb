using System.CommandLine;

namespace Briefing.Cli.Commands;

/// <summary>Settings every command has; <c>--verbose</c> itself is declared once, on the root, for all commands.</summary>
internal class CommonSettings
{
    /// <returns>What is wrong with the combination of options, or null when nothing is.</returns>
    public virtual string? Validate() => null;

    public static Func<ParseResult, CommonSettings> Declare(Command command) => _ => new CommonSettings();
}
