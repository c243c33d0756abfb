using System.ComponentModel;
using Spectre.Console.Cli;

namespace Briefing.Cli.Commands;

/// <summary>Options every command accepts.</summary>
internal class CommonSettings : CommandSettings
{
    [CommandOption("--verbose")]
    [Description("Print details of internal errors (stack traces).")]
    public bool Verbose { get; init; }
}
