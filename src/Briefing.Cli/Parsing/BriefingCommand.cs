using System.CommandLine;

namespace Briefing.Cli.Parsing;

/// <summary>A command with the example command lines its help ends with.</summary>
internal sealed class BriefingCommand(string name, string description, IReadOnlyList<string> examples) : Command(name, description)
{
    public IReadOnlyList<string> Examples { get; } = examples;
}
