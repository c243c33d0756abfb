using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Briefing.Cli.Parsing;

/// <summary>The library's help, followed by the command's examples: most readers copy an example before they read an option list.</summary>
internal sealed class ExamplesHelpAction(HelpAction help) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        help.Invoke(parseResult);
        if (parseResult.CommandResult.Command is BriefingCommand { Examples.Count: > 0 } command)
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (var example in command.Examples)
            {
                output.WriteLine($"  briefing {command.Name} {example}".TrimEnd());
            }

            output.WriteLine();
        }

        return ExitCode.Success;
    }
}
