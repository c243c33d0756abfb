using Briefing.FactSheets;
using Spectre.Console.Cli;

namespace Briefing.Cli.Commands;

/// <summary><c>briefing schema</c>: prints the JSON Schema of the fact-sheet format, generated from the loader's own definition.</summary>
internal sealed class SchemaCommand : Command<CommonSettings>
{
    public override int Execute(CommandContext context, CommonSettings settings, CancellationToken cancellationToken)
    {
        var terminal = (Terminal)context.Data!;
        terminal.Out.Write(FactSheetSchema.ToJsonSchema());
        return ExitCode.Success;
    }
}
